package org.bitext.terms;

/**
 * Sorts a range of {@code long} keys ascending and moves an {@code int} payload with each key, in place: the
 * pair counts are sorted for spilling where they are counted, without boxing and without a copy of the keys
 * and a hash lookup per key for its count. Quicksort (median of three) with insertion sort for short ranges
 * and heapsort when the recursion gets too deep, so O(n log n) at worst.
 */
final class PairedSort {

    private static final int SHORT = 24;

    private PairedSort() {
    }

    /** Sorts {@code keys[from, to)} ascending, {@code values} in step. */
    static void sort(long[] keys, int[] values, int from, int to) {
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        quick(keys, values, from, to - 1, depth);
    }

    private static void quick(long[] k, int[] v, int lo, int hi, int depth) {
        while (hi - lo >= SHORT) {
            if (depth-- == 0) {
                heap(k, v, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (k[mid] < k[lo]) {
                swap(k, v, mid, lo);
            }
            if (k[hi] < k[lo]) {
                swap(k, v, hi, lo);
            }
            if (k[hi] < k[mid]) {
                swap(k, v, hi, mid);
            }
            long pivot = k[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (k[i] < pivot) {
                    i++;
                }
                while (k[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(k, v, i++, j--);
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if (j - lo < hi - i) {
                quick(k, v, lo, j, depth);
                lo = i;
            } else {
                quick(k, v, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long key = k[i];
            int val = v[i];
            int j = i - 1;
            while (j >= lo && k[j] > key) {
                k[j + 1] = k[j];
                v[j + 1] = v[j];
                j--;
            }
            k[j + 1] = key;
            v[j + 1] = val;
        }
    }

    private static void heap(long[] k, int[] v, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            down(k, v, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(k, v, lo, lo + end);
            down(k, v, lo, 0, end);
        }
    }

    private static void down(long[] k, int[] v, int lo, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && k[lo + child + 1] > k[lo + child]) {
                child++;
            }
            if (k[lo + i] >= k[lo + child]) {
                return;
            }
            swap(k, v, lo + i, lo + child);
            i = child;
        }
    }

    private static void swap(long[] k, int[] v, int a, int b) {
        long t = k[a];
        k[a] = k[b];
        k[b] = t;
        int u = v[a];
        v[a] = v[b];
        v[b] = u;
    }
}
