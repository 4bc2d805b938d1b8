package org.bitext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;

/**
 * A large read-only layer (CC-CEDICT: ~190,000 headwords) kept as the UTF-8 bytes of its lines (and its
 * keys once more in UTF-16) plus an open-addressing hash table of line numbers keyed by
 * {@link String#hashCode()} of the headword. Loading
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

    final byte[] data;
    /** Start of line i (its key); line i ends at lineStart[i + 1] - 1 (the '\n'). */
    final int[] lineStart;
    /** Position of the tab after the key of line i. */
    final int[] tab;
    /** {@code String.hashCode()} of the key of line i. */
    final int[] hash;
    /**
     * The keys in UTF-16, one after the other: key i is {@code keyChars[keyStart[i], keyStart[i + 1])}. A
     * copy of what {@link #data} holds in UTF-8, so that comparing a key with the text is a plain char loop.
     */
    final char[] keyChars;
    final int[] keyStart;
    /** Open addressing: line index + 1, or 0 for an empty slot; length is a power of two. */
    final int[] slots;
    private final int slotShift;
    /** Longest key length (chars) per first char, capped at {@link Byte#MAX_VALUE}. */
    final byte[] maxLengthByFirstChar;
    /**
     * Bloom-style bit set of the hashes of every proper prefix of every key: {@link #longestMatch} stops
     * extending a candidate as soon as no longer key can start with it, which saves most hash probes.
     */
    final long[] prefixBits;
    /**
     * Bloom-style bit set of the hashes of every key: most candidate substrings of a text are no key, and
     * this small set (it stays in the processor's cache) rejects them without a probe of the large table.
     */
    final long[] keyBits;
    final int maxKeyLength;

    private static final int PREFIX_BITS_LOG2 = 21;
    private static final int KEY_BITS_LOG2 = 20;

    private PackedLayer(byte[] data, int[] lineStart, int[] tab, int[] hash, char[] keyChars, int[] keyStart,
                        byte[] maxLengthByFirstChar, long[] prefixBits, long[] keyBits, int maxKeyLength) {
        this(data, lineStart, tab, hash, keyChars, keyStart, maxLengthByFirstChar, prefixBits, keyBits,
                maxKeyLength, null);
    }

    /** All parts, e.g. read back by {@link PackedLayerCache}; a null {@code slots} table is built from the hashes. */
    PackedLayer(byte[] data, int[] lineStart, int[] tab, int[] hash, char[] keyChars, int[] keyStart,
                byte[] maxLengthByFirstChar, long[] prefixBits, long[] keyBits, int maxKeyLength, int[] slots) {
        this.data = data;
        this.prefixBits = prefixBits;
        this.keyBits = keyBits;
        this.keyChars = keyChars;
        this.keyStart = keyStart;
        this.lineStart = lineStart;
        this.tab = tab;
        this.hash = hash;
        this.maxLengthByFirstChar = maxLengthByFirstChar;
        this.maxKeyLength = maxKeyLength;
        int size = Integer.highestOneBit(Math.max(1, tab.length) * 2) * 2;
        this.slotShift = 32 - Integer.numberOfTrailingZeros(size);
        if (slots != null) {
            if (slots.length != size) {
                throw new IllegalArgumentException("hash table of " + slots.length + " slots, expected " + size);
            }
            this.slots = slots;
            return;
        }
        this.slots = new int[size];
        int mask = size - 1;
        for (int i = 0; i < tab.length; i++) {
            int s = slot(hash[i]);
            while (this.slots[s] != 0) {
                s = (s + 1) & mask;
            }
            this.slots[s] = i + 1;
        }
    }

    /**
     * Home slot of a hash: Fibonacci hashing, because the hashes of one-character keys are their code points,
     * a run of some 20,000 consecutive numbers that would otherwise fill one long cluster of the table.
     */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> slotShift;
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

    private static int keyBit(int h) {
        return (h * 0x85EBCA6B) >>> (32 - KEY_BITS_LOG2);
    }

    private boolean mayBeKey(int h) {
        int b = keyBit(h);
        return (keyBits[b >>> 6] & (1L << b)) != 0;
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
        long[] keys = new long[1 << (KEY_BITS_LOG2 - 6)];
        char[] chars = new char[Math.max(16, count * 4)];
        int[] keyStarts = new int[count + 1];
        int nChars = 0;
        int n = 0;
        int pos = headerEnd + 1;
        while (pos < data.length) {
            if (n == count) {
                throw damaged(name, "more than the " + count + " headwords its header announces");
            }
            // Decode the key (UTF-8 → UTF-16) to hash it as String.hashCode() would.
            int h = 0;
            int length = 0;
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
                if (length > 0) {
                    setPrefix(prefixes, h);
                }
                if (nChars + 2 > chars.length) {
                    chars = Arrays.copyOf(chars, chars.length * 2);
                }
                if (cp >= 0x10000) {
                    char hi = Character.highSurrogate(cp);
                    h = 31 * h + hi;
                    setPrefix(prefixes, h);
                    h = 31 * h + Character.lowSurrogate(cp);
                    chars[nChars++] = hi;
                    chars[nChars++] = Character.lowSurrogate(cp);
                    length += 2;
                    first = first < 0 ? hi : first;
                } else {
                    h = 31 * h + cp;
                    chars[nChars++] = (char) cp;
                    length += 1;
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
            keyStarts[n + 1] = nChars;
            int b = keyBit(h);
            keys[b >>> 6] |= 1L << b;
            if (length > byFirst[first]) {
                byFirst[first] = (byte) Math.min(length, Byte.MAX_VALUE);
            }
            n++;
            pos = nl + 1;
        }
        if (n != count) {
            throw damaged(name, "header announces " + count + " headwords, found " + n);
        }
        starts[n] = pos;
        return new PackedLayer(data, starts, tabs, hashes, Arrays.copyOf(chars, nChars), keyStarts, byFirst,
                prefixes, keys, maxKey);
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
    private int find(String text, int from, int len, int h) {
        int mask = slots.length - 1;
        for (int s = slot(h); slots[s] != 0; s = (s + 1) & mask) {
            int line = slots[s] - 1;
            if (hash[line] == h && keyEquals(line, text, from, len)) {
                return line;
            }
        }
        return -1;
    }

    private boolean keyEquals(int line, String text, int from, int len) {
        int k = keyStart[line];
        if (keyStart[line + 1] - k != len) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (keyChars[k + j] != text.charAt(from + j)) {
                return false;
            }
        }
        return true;
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
            if (mayBeKey(h) && find(text, from, len, h) >= 0) {
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
