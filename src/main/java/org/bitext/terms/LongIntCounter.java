package org.bitext.terms;

import java.util.function.BiConsumer;

/**
 * Counts per {@code long} key in an open-addressing table: the co-occurrence counts of millions of term
 * pairs fit in tens of megabytes, where a {@code HashMap<Long, Integer>} would need ten times more.
 */
final class LongIntCounter {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;

    LongIntCounter(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
        java.util.Arrays.fill(keys, EMPTY);
    }

    void increment(long key) {
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
            if (++size * 2 > keys.length) {
                counts[i] = 1;
                grow();
                return;
            }
        }
        counts[i]++;
    }

    int size() {
        return size;
    }

    void forEach(BiConsumer<Long, Integer> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
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
