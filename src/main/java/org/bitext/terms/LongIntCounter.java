package org.bitext.terms;

import java.util.Arrays;

/**
 * Counts per {@code long} key in an open-addressing table: the co-occurrence counts of millions of term
 * pairs fit in tens of megabytes, where a {@code HashMap<Long, Integer>} would need ten times more. The
 * owner bounds it by {@link #bytes} and empties it ({@link #sortedKeys}, {@link #clear}) into a sorted run.
 */
final class LongIntCounter {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;
    /** True after {@link #sortInPlace} until {@link #clear}. */
    private boolean sorted;

    LongIntCounter(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    void increment(long key) {
        int count = 1;
        if (sorted) {
            throw new IllegalStateException("clear after sortInPlace");
        }
        if (key == EMPTY) {
            throw new IllegalArgumentException("key must not be Long.MIN_VALUE");
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            counts[i] = count;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        counts[i] += count;
    }

    /** Count of {@code key}, 0 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    int size() {
        return size;
    }

    /** Heap the table takes, and would take after its next growth, in bytes. */
    long bytes() {
        return (long) keys.length * 12;
    }

    /**
     * Moves the entries to the front of the table sorted by key, in place (no copy: the spill happens when the
     * table is at its largest), and returns how many there are; read them with {@link #keyAt} and
     * {@link #countAt}. The table is no longer a hash table then: only {@link #clear} may follow.
     */
    int sortInPlace() {
        int n = 0;
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != EMPTY) {
                keys[n] = keys[j];
                counts[n] = counts[j];
                n++;
            }
        }
        sorted = true;
        if (!sortPacked(n)) {
            PairedSort.sort(keys, counts, 0, n);
        }
        return n;
    }

    /**
     * Sorts the first {@code n} entries as single longs when key and count fit in 63 bits together: the high
     * and low halves of the key (a pair's two ids) in as many bits as their largest values need, the count
     * below them, so that the packed order is the key order. The JDK's primitive sort is much faster than
     * moving two arrays in step. False (nothing done) when they do not fit.
     */
    private boolean sortPacked(int n) {
        long hiBits = 0;
        long loBits = 0;
        int countBits = 0;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            if (k < 0 || counts[i] <= 0) {
                return false;
            }
            hiBits |= k >>> 32;
            loBits |= k & 0xFFFFFFFFL;
            countBits |= counts[i];
        }
        int hb = 64 - Long.numberOfLeadingZeros(hiBits);
        int lb = 64 - Long.numberOfLeadingZeros(loBits);
        int cb = 32 - Integer.numberOfLeadingZeros(countBits);
        if (hb + lb + cb > 63) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            keys[i] = ((((k >>> 32) << lb) | (k & 0xFFFFFFFFL)) << cb) | counts[i];
        }
        Arrays.sort(keys, 0, n);
        long countMask = (1L << cb) - 1;
        long loMask = (1L << lb) - 1;
        for (int i = 0; i < n; i++) {
            long p = keys[i];
            counts[i] = (int) (p & countMask);
            long k = p >>> cb;
            keys[i] = ((k >>> lb) << 32) | (k & loMask);
        }
        return true;
    }

    /** The {@code i}th smallest key after {@link #sortInPlace}. */
    long keyAt(int i) {
        if (!sorted) {
            throw new IllegalStateException("sortInPlace first");
        }
        return keys[i];
    }

    /** The count of {@link #keyAt}({@code i}). */
    int countAt(int i) {
        return counts[i];
    }

    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
        sorted = false;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
