package org.bitext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;

/**
 * A large read-only layer (CC-CEDICT: ~190,000 headwords) kept as the UTF-8 bytes of its sorted lines plus
 * the offset of each line, searched by binary search. Loading is one inflate and one scan for line breaks,
 * with no object per entry, which is what keeps a cold JVM's load time small (a hash map of 190,000 strings
 * costs about a second before the JIT warms up).
 */
final class PackedLayer implements Layer {

    /** Key order of the packed file: unsigned UTF-8 bytes, i.e. code point order. */
    static final Comparator<String> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final byte[] data;
    /** Start of line i (its key); line i ends at lineStart[i + 1] - 1 (the '\n'). */
    private final int[] lineStart;
    /** Position of the tab after the key of line i. */
    private final int[] tab;
    private final int maxKeyLength;

    private PackedLayer(byte[] data, int[] lineStart, int[] tab, int maxKeyLength) {
        this.data = data;
        this.lineStart = lineStart;
        this.tab = tab;
        this.maxKeyLength = maxKeyLength;
    }

    /**
     * Reads a gzipped resource written by {@link CedictBuilder}: a header line then sorted
     * {@code key TAB glosses} lines.
     *
     * @throws IllegalStateException when the data is damaged (bad header, count or order)
     */
    static PackedLayer load(InputStream gz, String name) throws IOException {
        byte[] data;
        try (InputStream in = new GZIPInputStream(gz, 1 << 16)) {
            data = in.readAllBytes();
        }
        int headerEnd = indexOf(data, (byte) '\n', 0);
        if (headerEnd < 0) {
            throw damaged(name, "no header line");
        }
        String header = new String(data, 0, headerEnd, StandardCharsets.UTF_8);
        int count = CedictBuilder.keyCount(header);
        int maxKey = CedictBuilder.maxKeyLength(header);
        if (count < 0 || maxKey < 0) {
            throw damaged(name, "bad header '" + header + "'");
        }
        int[] starts = new int[count + 1];
        int[] tabs = new int[count];
        int n = 0;
        int pos = headerEnd + 1;
        while (pos < data.length) {
            if (n == count) {
                throw damaged(name, "more than the " + count + " headwords its header announces");
            }
            int nl = indexOf(data, (byte) '\n', pos);
            int t = nl < 0 ? -1 : indexOf(data, (byte) '\t', pos, nl);
            if (t <= pos) {
                throw damaged(name, "line " + (n + 2) + " is not 'headword TAB glosses'");
            }
            if (n > 0 && Arrays.compareUnsigned(data, starts[n - 1], tabs[n - 1], data, pos, t) >= 0) {
                throw damaged(name, "line " + (n + 2) + " is out of order");
            }
            starts[n] = pos;
            tabs[n] = t;
            n++;
            pos = nl + 1;
        }
        if (n != count) {
            throw damaged(name, "header announces " + count + " headwords, found " + n);
        }
        starts[n] = pos;
        return new PackedLayer(data, starts, tabs, maxKey);
    }

    private static IllegalStateException damaged(String name, String problem) {
        return new IllegalStateException("Bundled lexicon " + name + " is damaged (" + problem
                + "): rebuild it with scripts/build-cedict.sh");
    }

    private static int indexOf(byte[] a, byte b, int from) {
        return indexOf(a, b, from, a.length);
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the line whose key equals {@code key}, or -1. */
    private int find(byte[] key) {
        int lo = 0;
        int hi = tab.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(data, lineStart[mid], tab[mid], key, 0, key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    @Override
    public String get(String key) {
        int i = find(key.getBytes(StandardCharsets.UTF_8));
        return i < 0 ? null : new String(data, tab[i] + 1, lineStart[i + 1] - tab[i] - 2, StandardCharsets.UTF_8);
    }

    @Override
    public boolean has(String key) {
        return find(key.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    /**
     * Narrows the range of lines whose key starts with a growing prefix of {@code text}; stops when no key
     * has the prefix, so the cost is about (length of the match + 1) binary searches.
     */
    @Override
    public int longestMatch(String text, int from) {
        int lo = 0;
        int hi = tab.length;
        int best = 0;
        int limit = Math.min(text.length() - from, maxKeyLength);
        for (int len = 1; len <= limit && lo < hi; len++) {
            if (Character.isHighSurrogate(text.charAt(from + len - 1)) && len < limit) {
                continue;
            }
            byte[] prefix = text.substring(from, from + len).getBytes(StandardCharsets.UTF_8);
            lo = bound(prefix, lo, hi, false);
            hi = bound(prefix, lo, hi, true);
            if (lo < hi && tab[lo] - lineStart[lo] == prefix.length) {
                best = len;
            }
        }
        return best;
    }

    /** First line in [lo, hi) whose key, cut to the prefix length, is >= (or, if strict, >) the prefix. */
    private int bound(byte[] prefix, int lo, int hi, boolean strict) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int end = Math.min(tab[mid], lineStart[mid] + prefix.length);
            int c = Arrays.compareUnsigned(data, lineStart[mid], end, prefix, 0, prefix.length);
            if (c < 0 || (strict && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
