package org.bitext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;

/**
 * A large read-only layer (CC-CEDICT: ~190,000 headwords) kept as the UTF-8 bytes of its lines plus an
 * open-addressing hash table of line numbers keyed by {@link String#hashCode()} of the headword. Loading
 * is one inflate and one pass over the bytes with no object per entry, which keeps a cold JVM's load time
 * small (a {@code HashMap} of 190,000 strings costs about a second before the JIT warms up); a lookup of a
 * substring of the text allocates nothing, so {@link #longestMatch} is cheap enough for every character of
 * a large corpus.
 */
final class PackedLayer implements Layer {

    /**
     * Line order of the packed file: unsigned UTF-8 bytes, i.e. code point order. Lookups hash, so order
     * only makes the file reproducible and diffable; the builder's sorted map also makes keys unique.
     */
    static final Comparator<String> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final byte[] data;
    /** Start of line i (its key); line i ends at lineStart[i + 1] - 1 (the '\n'). */
    private final int[] lineStart;
    /** Position of the tab after the key of line i. */
    private final int[] tab;
    /** {@code String.hashCode()} of the key of line i. */
    private final int[] hash;
    /** Open addressing: line index + 1, or 0 for an empty slot; length is a power of two. */
    private final int[] slots;
    /** Longest key length (chars) per first char, capped at {@link Byte#MAX_VALUE}. */
    private final byte[] maxLengthByFirstChar;
    /**
     * Bloom-style bit set of the hashes of every proper prefix of every key: {@link #longestMatch} stops
     * extending a candidate as soon as no longer key can start with it, which saves most hash probes.
     */
    private final long[] prefixBits;
    private final int maxKeyLength;

    private static final int PREFIX_BITS_LOG2 = 21;

    private PackedLayer(byte[] data, int[] lineStart, int[] tab, int[] hash, byte[] maxLengthByFirstChar,
                        long[] prefixBits, int maxKeyLength) {
        this.data = data;
        this.prefixBits = prefixBits;
        this.lineStart = lineStart;
        this.tab = tab;
        this.hash = hash;
        this.maxLengthByFirstChar = maxLengthByFirstChar;
        this.maxKeyLength = maxKeyLength;
        this.slots = new int[Integer.highestOneBit(Math.max(1, tab.length) * 2) * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < tab.length; i++) {
            int s = spread(hash[i]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static int prefixBit(int h) {
        return (h * 0x9E3779B9) >>> (32 - PREFIX_BITS_LOG2);
    }

    private static void setPrefix(long[] bits, int h) {
        int b = prefixBit(h);
        bits[b >>> 6] |= 1L << b;
    }

    private boolean mayBePrefix(int h) {
        int b = prefixBit(h);
        return (prefixBits[b >>> 6] & (1L << b)) != 0;
    }

    /**
     * Reads a gzipped resource written by {@link CedictBuilder}: a header line then sorted
     * {@code key TAB glosses} lines.
     *
     * @throws IllegalStateException when the data is damaged (bad header, count, line format or encoding)
     */
    static PackedLayer load(InputStream gz, String name) throws IOException {
        byte[] data;
        try (InputStream in = new GZIPInputStream(gz, 1 << 16)) {
            data = in.readAllBytes();
        }
        int headerEnd = indexOf(data, (byte) '\n', 0, data.length);
        String header = headerEnd < 0 ? "" : new String(data, 0, headerEnd, StandardCharsets.UTF_8);
        int count = CedictBuilder.keyCount(header);
        int maxKey = CedictBuilder.maxKeyLength(header);
        if (count < 0 || maxKey < 0) {
            throw damaged(name, "bad header '" + header + "'");
        }
        int[] starts = new int[count + 1];
        int[] tabs = new int[count];
        int[] hashes = new int[count];
        byte[] byFirst = new byte[Character.MAX_VALUE + 1];
        long[] prefixes = new long[1 << (PREFIX_BITS_LOG2 - 6)];
        int n = 0;
        int pos = headerEnd + 1;
        while (pos < data.length) {
            if (n == count) {
                throw damaged(name, "more than the " + count + " headwords its header announces");
            }
            // Decode the key (UTF-8 → UTF-16) to hash it as String.hashCode() would.
            int h = 0;
            int chars = 0;
            int first = -1;
            int i = pos;
            while (i < data.length && data[i] != '\t' && data[i] != '\n') {
                int b = data[i] & 0xFF;
                int cp;
                if (b < 0x80) {
                    cp = b;
                    i += 1;
                } else if (b >= 0xC0 && b < 0xE0 && i + 1 < data.length) {
                    cp = ((b & 0x1F) << 6) | (data[i + 1] & 0x3F);
                    i += 2;
                } else if (b >= 0xE0 && b < 0xF0 && i + 2 < data.length) {
                    cp = ((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F);
                    i += 3;
                } else if (b >= 0xF0 && i + 3 < data.length) {
                    cp = ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6)
                            | (data[i + 3] & 0x3F);
                    i += 4;
                } else {
                    throw damaged(name, "line " + (n + 2) + " is not UTF-8");
                }
                if (chars > 0) {
                    setPrefix(prefixes, h);
                }
                if (cp >= 0x10000) {
                    char hi = Character.highSurrogate(cp);
                    h = 31 * h + hi;
                    setPrefix(prefixes, h);
                    h = 31 * h + Character.lowSurrogate(cp);
                    chars += 2;
                    first = first < 0 ? hi : first;
                } else {
                    h = 31 * h + cp;
                    chars += 1;
                    first = first < 0 ? cp : first;
                }
            }
            if (i >= data.length || data[i] != '\t' || i == pos) {
                throw damaged(name, "line " + (n + 2) + " is not 'headword TAB glosses'");
            }
            int nl = indexOf(data, (byte) '\n', i, data.length);
            if (nl < 0) {
                throw damaged(name, "line " + (n + 2) + " has no line end");
            }
            starts[n] = pos;
            tabs[n] = i;
            hashes[n] = h;
            if (chars > byFirst[first]) {
                byFirst[first] = (byte) Math.min(chars, Byte.MAX_VALUE);
            }
            n++;
            pos = nl + 1;
        }
        if (n != count) {
            throw damaged(name, "header announces " + count + " headwords, found " + n);
        }
        starts[n] = pos;
        return new PackedLayer(data, starts, tabs, hashes, byFirst, prefixes, maxKey);
    }

    private static IllegalStateException damaged(String name, String problem) {
        return new IllegalStateException("Bundled lexicon " + name + " is damaged (" + problem
                + "): rebuild it with scripts/build-cedict.sh");
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Line index of the key equal to text[from, from + len) whose hash is {@code h}, or -1. */
    private int find(CharSequence text, int from, int len, int h) {
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int line = slots[s] - 1;
            if (hash[line] == h && keyEquals(line, text, from, len)) {
                return line;
            }
        }
        return -1;
    }

    /** Compares the UTF-8 key of a line with UTF-16 text without decoding it into a string. */
    private boolean keyEquals(int line, CharSequence text, int from, int len) {
        int i = lineStart[line];
        int end = tab[line];
        int j = from;
        int stop = from + len;
        while (i < end && j < stop) {
            int b = data[i] & 0xFF;
            int cp;
            if (b < 0x80) {
                cp = b;
                i += 1;
            } else if (b < 0xE0) {
                cp = ((b & 0x1F) << 6) | (data[i + 1] & 0x3F);
                i += 2;
            } else if (b < 0xF0) {
                cp = ((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F);
                i += 3;
            } else {
                cp = ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6)
                        | (data[i + 3] & 0x3F);
                i += 4;
            }
            if (cp >= 0x10000) {
                if (j + 1 >= stop || text.charAt(j) != Character.highSurrogate(cp)
                        || text.charAt(j + 1) != Character.lowSurrogate(cp)) {
                    return false;
                }
                j += 2;
            } else {
                if (text.charAt(j) != cp) {
                    return false;
                }
                j += 1;
            }
        }
        return i == end && j == stop;
    }

    @Override
    public String get(String key) {
        int line = find(key, 0, key.length(), key.hashCode());
        if (line < 0) {
            return null;
        }
        String value = new String(data, tab[line] + 1, lineStart[line + 1] - tab[line] - 2, StandardCharsets.UTF_8);
        if (!value.isEmpty() && value.charAt(0) == CedictBuilder.REFERENCE) {
            // A Traditional headword sharing the glosses of its Simplified form (one level, by construction).
            String target = value.substring(1);
            int t = find(target, 0, target.length(), target.hashCode());
            return t < 0 ? null
                    : new String(data, tab[t] + 1, lineStart[t + 1] - tab[t] - 2, StandardCharsets.UTF_8);
        }
        return value;
    }

    @Override
    public boolean has(String key) {
        return find(key, 0, key.length(), key.hashCode()) >= 0;
    }

    @Override
    public int longestMatch(String text, int from, int to) {
        int limit = Math.min(maxLengthByFirstChar[text.charAt(from)], to - from);
        int best = 0;
        int h = 0;
        for (int len = 1; len <= limit; len++) {
            h = 31 * h + text.charAt(from + len - 1);
            if (find(text, from, len, h) >= 0) {
                best = len;
            }
            if (!mayBePrefix(h)) {
                break;
            }
        }
        return best;
    }

    @Override
    public int maxKeyLength() {
        return maxKeyLength;
    }

    @Override
    public int size() {
        return tab.length;
    }
}
