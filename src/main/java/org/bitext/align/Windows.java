package org.bitext.align;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * For each Chinese sentence, the English sentences {@code [lo, hi)} the second pass may pair it with, and the
 * scorer built for those windows (rebuilt only when a window changes). Lexical evidence restricted to the
 * window scores every reachable bead exactly as before while keeping the Chinese signatures sparse.
 */
final class Windows {

    private final int[] lo;
    private final int[] hi;
    private final BiFunction<int[], int[], CombinedScorer> build;
    private CombinedScorer scorer;

    Windows(int zhSentences, BiFunction<int[], int[], CombinedScorer> build) {
        this.lo = new int[zhSentences];
        this.hi = new int[zhSentences];
        this.build = build;
    }

    /** Chinese sentences {@code [z0, z1)} may pair with English sentences {@code [e0, e1)}. */
    void set(int z0, int z1, int e0, int e1) {
        Arrays.fill(lo, z0, z1, e0);
        Arrays.fill(hi, z0, z1, e1);
        scorer = null;
    }

    /**
     * Narrows the windows of a block (English from {@code e0}, Chinese from {@code z0}) to the rows of a band
     * over it: a bead holding Chinese sentence {@code j} starts and ends within {@link BeadShapes#MAX}
     * columns of it, and holds at most that many English sentences.
     */
    void follow(Band band, int e0, int z0) {
        int n = band.n;
        int m = band.m;
        int first = 0;
        int last = 0;
        boolean changed = false;
        for (int j = 0; j < m; j++) {
            while (band.hi[first] < j - BeadShapes.MAX) { // first row a bead over sentence j can start in
                first++;
            }
            while (last < n && band.lo[last + 1] <= j + BeadShapes.MAX) { // last row it can end in
                last++;
            }
            int l = e0 + Math.max(0, first - BeadShapes.MAX);
            int h = e0 + Math.min(n, last + BeadShapes.MAX);
            if (lo[z0 + j] != l || hi[z0 + j] != h) {
                lo[z0 + j] = l;
                hi[z0 + j] = h;
                changed = true;
            }
        }
        if (changed) {
            scorer = null;
        }
    }

    CombinedScorer scorer() {
        if (scorer == null) {
            scorer = build.apply(lo, hi);
        }
        return scorer;
    }
}
