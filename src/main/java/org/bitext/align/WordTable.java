package org.bitext.align;

import java.util.Arrays;

/**
 * Interns words cut out of sentences: a word seen before comes back as the same {@link String}, without a
 * copy. A long text repeats a few thousand words hundreds of thousands of times, and the launcher's C1
 * compiler does no escape analysis, so this saves most of the tokenizer's allocations (and each reused
 * string keeps its cached hash code for the look-ups that follow). Not thread-safe: one per tokenizer.
 */
final class WordTable {

    private String[] table = new String[1 << 12];
    /** 32 - log2(table.length): Fibonacci hashing spreads the runs of consecutive code points of Han words. */
    private int shift = 32 - 12;
    private int size;

    /** {@code text.substring(from, to)}, or an equal string returned before. */
    String get(String text, int from, int to) {
        int len = to - from;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = table.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String w = table[i];
            if (w == null) {
                w = text.substring(from, to);
                table[i] = w;
                if (++size * 2 > table.length) {
                    grow();
                }
                return w;
            }
            if (w.hashCode() == h && w.length() == len && text.regionMatches(from, w, 0, len)) {
                return w;
            }
        }
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        shift--;
        int mask = table.length - 1;
        for (String w : old) {
            if (w != null) {
                int i = slot(w.hashCode());
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = w;
            }
        }
    }

    /** Number of distinct words held. */
    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "WordTable[" + size + " words, e.g. " + Arrays.stream(table).filter(w -> w != null).limit(5).toList()
                + "]";
    }
}
