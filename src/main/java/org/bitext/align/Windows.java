package org.bitext.align;

import java.util.Arrays;

/**
 * For each Chinese sentence, the English sentences {@code [lo, hi)} the second pass may pair it with, and the
 * scorer built for those windows (rebuilt only when a window changes). Lexical evidence restricted to the
 * window scores every reachable bead exactly as before while keeping the Chinese signatures sparse.
 */
final class Windows {

    private final int[] lo;
    private final int[] hi;
    private final Build build;
    private CombinedScorer scorer;
    /** The scorer before the latest changes, and which Chinese sentences changed since (for an update). */
    private CombinedScorer previous;
    private final boolean[] changed;
    /** False until {@link #follow} first narrows a window set by {@link #set} to a block's range. */
    private final boolean[] narrowed;

    /** Builds the scorer for given windows, from scratch or as an update of a previous one. */
    interface Build {
        CombinedScorer full(int[] lo, int[] hi);

        CombinedScorer update(CombinedScorer previous, int[] lo, int[] hi, boolean[] changed);
    }

    Windows(int zhSentences, Build build) {
        this.lo = new int[zhSentences];
        this.hi = new int[zhSentences];
        this.changed = new boolean[zhSentences];
        this.narrowed = new boolean[zhSentences];
        this.build = build;
    }

    /** Chinese sentences {@code [z0, z1)} may pair with English sentences {@code [e0, e1)}. */
    void set(int z0, int z1, int e0, int e1) {
        Arrays.fill(lo, z0, z1, e0);
        Arrays.fill(hi, z0, z1, e1);
        Arrays.fill(narrowed, z0, z1, false);
        scorer = null;
        previous = null;
    }

    /**
     * Narrows the windows of a block (English from {@code e0}, Chinese from {@code z0}) to the rows of a band
     * over it, or widens them where the band has grown beyond them (a window wider than needed scores the
     * same, so a window is never narrowed again): a bead holding Chinese sentence {@code j} starts and ends
     * within {@link BeadShapes#MAX} columns of it, and holds at most that many English sentences.
     */
    void follow(Band band, int e0, int z0) {
        int n = band.n;
        int m = band.m;
        int first = 0;
        int last = 0;
        boolean any = false;
        for (int j = 0; j < m; j++) {
            while (band.hi[first] < j - BeadShapes.MAX) { // first row a bead over sentence j can start in
                first++;
            }
            while (last < n && band.lo[last + 1] <= j + BeadShapes.MAX) { // last row it can end in
                last++;
            }
            int l = e0 + Math.max(0, first - BeadShapes.MAX);
            int h = e0 + Math.min(n, last + BeadShapes.MAX);
            if (l < lo[z0 + j] || h > hi[z0 + j] || !narrowed[z0 + j]) {
                // widened with some slack, so that a band that grows a little keeps the same scorer
                lo[z0 + j] = Math.max(e0, l - SLACK);
                hi[z0 + j] = Math.min(e0 + n, h + SLACK);
                changed[z0 + j] = true;
                narrowed[z0 + j] = true;
                any = true;
            }
        }
        if (any && scorer != null) {
            previous = previous == null ? scorer : previous;
            scorer = null;
        }
    }

    /** Rows of slack on each side of a window when it is (re)computed. */
    private static final int SLACK = 16;

    CombinedScorer scorer() {
        if (scorer == null) {
            scorer = previous == null ? build.full(lo, hi) : build.update(previous, lo, hi, changed);
            previous = null;
            Arrays.fill(changed, false);
        }
        return scorer;
    }
}
