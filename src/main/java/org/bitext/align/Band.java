package org.bitext.align;

/**
 * The cells a banded alignment may visit: for each source position {@code i} in {@code [0, n]} the target
 * positions {@code [lo[i], hi[i]]}. The constructor repairs the band so that {@code (n, m)} is always
 * reachable from {@code (0, 0)}: {@code lo} non-decreasing, {@code hi} non-decreasing, consecutive rows
 * overlapping.
 */
final class Band {

    final int n;
    final int m;
    final int[] lo;
    final int[] hi;
    final int[] offset;
    final int cells;

    Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo.clone();
        this.hi = hi.clone();
        this.lo[0] = 0;
        this.hi[n] = m;
        for (int i = n - 1; i >= 0; i--) {
            this.lo[i] = Math.min(this.lo[i], this.lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            this.lo[i] = Math.max(0, Math.min(this.lo[i], m));
            this.hi[i] = Math.max(this.lo[i], Math.min(this.hi[i], m));
            if (i > 0) {
                this.hi[i] = Math.max(this.hi[i], this.hi[i - 1]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (this.lo[i + 1] > this.hi[i]) {
                this.hi[i] = this.lo[i + 1];
            }
        }
        this.offset = new int[n + 2];
        long total = 0;
        for (int i = 0; i <= n; i++) {
            offset[i] = (int) total;
            total += this.hi[i] - this.lo[i] + 1;
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("alignment band too large: " + total + " cells");
            }
        }
        offset[n + 1] = (int) total;
        this.cells = (int) total;
    }

    /** The whole n x m rectangle, for inputs small enough to search exhaustively. */
    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(hi, m);
        return new Band(n, m, lo, hi);
    }

    /** Row {@code i} of width {@code width[i]} on each side of the target range {@code [cLo[i], cHi[i]]}. */
    static Band around(int n, int m, int[] cLo, int[] cHi, int[] width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = cLo[i] - width[i];
            hi[i] = cHi[i] + width[i];
        }
        return new Band(n, m, lo, hi);
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    int index(int i, int j) {
        return offset[i] + j - lo[i];
    }
}
