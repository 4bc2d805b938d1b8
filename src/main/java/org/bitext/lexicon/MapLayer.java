package org.bitext.lexicon;

import java.util.Map;

/** A small in-memory layer (a glossary, a learned lexicon), backed by a hash map. */
final class MapLayer implements Layer {

    private final Map<String, String> entries;
    /** Longest key length (chars) per first char, capped at {@link Byte#MAX_VALUE}, bounding lookups. */
    private final byte[] maxLengthByFirstChar = new byte[Character.MAX_VALUE + 1];
    private final int maxKeyLength;

    MapLayer(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
        int max = 0;
        for (String key : this.entries.keySet()) {
            int len = key.length();
            max = Math.max(max, len);
            int first = key.charAt(0);
            if (len > maxLengthByFirstChar[first]) {
                maxLengthByFirstChar[first] = (byte) Math.min(len, Byte.MAX_VALUE);
            }
        }
        this.maxKeyLength = max;
    }

    @Override
    public String get(String key) {
        return entries.get(key);
    }

    @Override
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    @Override
    public int longestMatch(String text, int from, int to) {
        int limit = Math.min(maxLengthByFirstChar[text.charAt(from)], to - from);
        for (int len = limit; len >= 1; len--) {
            if (entries.containsKey(text.substring(from, from + len))) {
                return len;
            }
        }
        return 0;
    }

    @Override
    public int maxKeyLength() {
        return maxKeyLength;
    }

    @Override
    public int size() {
        return entries.size();
    }
}
