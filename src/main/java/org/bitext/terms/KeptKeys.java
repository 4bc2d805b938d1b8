package org.bitext.terms;

import java.io.Serializable;

/**
 * The keys whose pairs are counted, by {@link TermKeys#hash hash}, with the driver's dense ids: a compact
 * open-addressing table per language (a few million kept keys take tens of megabytes).
 */
public final class KeptKeys implements Serializable {

    private final Table zh = new Table();
    private final Table en = new Table();

    /** Keeps Chinese key {@code key} as {@code id}. */
    public void keepZh(String key, int id) {
        zh.put(TermKeys.hash(key), id);
    }

    /** Keeps English key {@code key} as {@code id}. */
    public void keepEn(String key, int id) {
        en.put(TermKeys.hash(key), id);
    }

    /** Id of the kept Chinese key with hash {@code h}, or -1. */
    public int zh(long h) {
        return zh.get(h);
    }

    /** Id of the kept English key with hash {@code h}, or -1. */
    public int en(long h) {
        return en.get(h);
    }

    public int zhSize() {
        return zh.size;
    }

    public int enSize() {
        return en.size;
    }

    /** Open addressing long → int (ids >= 0). */
    private static final class Table implements Serializable {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private boolean[] used = new boolean[16];
        private int size;

        void put(long key, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("id must be >= 0, was " + value);
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int i = slot(key);
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            return used[i] ? values[i] : -1;
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }
}
