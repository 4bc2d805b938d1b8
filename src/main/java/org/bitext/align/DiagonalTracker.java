package org.bitext.align;

import java.util.Arrays;

/**
 * Finds where a long alignment runs without anchors, in time linear in the input: a forward DP whose band
 * for row {@code i} is centred on the best cell of row {@code i - 1} (plus the expected advance), so it
 * follows the path however far the text's length ratio drifts from the global diagonal. Comparing cells
 * of one row by raw prefix cost would favour cells that consumed fewer target sentences, so the centre is
 * chosen on cost minus {@code kappa} per target sentence, kappa being the running cost per target sentence.
 * The resulting path only centres the band of the real (refining) DP.
 */
final class DiagonalTracker {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int SLOPE_WINDOW = 200;

    private DiagonalTracker() {
    }

    /** Path points {@code {pathI, pathJ}} of the tracked alignment of n source and m target sentences. */
    static int[][] track(int n, int m, int halfWidth, double[] advance, CombinedScorer scorer) {
        return track(n, m, halfWidth, advance, scorer, false);
    }

    /**
     * As above; with {@code freeEnd} the path ends in row {@code n} wherever the tracker's centre is rather
     * than at {@code (n, m)}: for tracking a stretch of a longer text whose end point is not known.
     */
    static int[][] track(int n, int m, int halfWidth, double[] advance, CombinedScorer scorer, boolean freeEnd) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        int[] offset = new int[n + 2];
        float[] cost = new float[Math.max(16, (n + 1) * (2 * halfWidth + 2))];
        double[] base = new double[n + 1];
        byte[] back = new byte[cost.length];
        double[] row = new double[m + 1];
        double center = 0;
        int[] centers = new int[n + 1];
        double[] centerCost = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            int l;
            int h;
            if (i == 0) {
                l = 0;
                h = Math.min(m, 2 * halfWidth);
            } else {
                int c = (int) Math.round(center + advance[i - 1]);
                l = Math.max(lo[i - 1], Math.min(c - halfWidth, hi[i - 1]));
                h = Math.max(hi[i - 1], Math.min(m, c + halfWidth));
                if (i == n && !freeEnd) {
                    h = m;
                }
            }
            lo[i] = l;
            hi[i] = h;
            offset[i + 1] = offset[i] + (h - l + 1);
            if (offset[i + 1] > cost.length) {
                int size = Math.max(offset[i + 1], cost.length * 2);
                cost = Arrays.copyOf(cost, size);
                back = Arrays.copyOf(back, size);
            }
            double min = INF;
            for (int j = l; j <= h; j++) {
                double best = i == 0 && j == 0 ? 0 : INF;
                int bt = -1;
                for (int t = 0; t < BeadShapes.COUNT && !(i == 0 && j == 0); t++) {
                    int pi = i - BeadShapes.SRC[t];
                    int pj = j - BeadShapes.TGT[t];
                    if (pi < 0 || pj < 0) {
                        continue;
                    }
                    double fp;
                    if (pi == i) {
                        fp = pj >= l ? row[pj - l] : INF;
                    } else if (pj < lo[pi] || pj > hi[pi]) {
                        continue;
                    } else {
                        float v = cost[offset[pi] + pj - lo[pi]];
                        fp = v == Float.POSITIVE_INFINITY ? INF : base[pi] + v;
                    }
                    if (fp == INF) {
                        continue;
                    }
                    double c = fp + scorer.cost(pi, BeadShapes.SRC[t], pj, BeadShapes.TGT[t]);
                    if (c < best) {
                        best = c;
                        bt = t;
                    }
                }
                row[j - l] = best;
                back[offset[i] + j - l] = (byte) bt;
                min = Math.min(min, best);
            }
            base[i] = min == INF ? 0 : min;
            // centre of the next row: best cell, each target sentence consumed credited at the running rate
            // kappa: cost per target sentence along the recent stretch of the tracked path
            int from = Math.max(0, i - SLOPE_WINDOW);
            double kappa = i > 0 && centers[i - 1] > centers[from]
                    ? (centerCost[i - 1] - centerCost[from]) / (centers[i - 1] - centers[from]) : 0;
            int arg = l;
            double argVal = INF;
            for (int j = l; j <= h; j++) {
                double v = row[j - l] - kappa * j;
                if (v < argVal) {
                    argVal = v;
                    arg = j;
                }
            }
            center = arg;
            centers[i] = arg;
            centerCost[i] = row[arg - l];
            for (int j = l; j <= h; j++) {
                double v = row[j - l];
                cost[offset[i] + j - l] = v == INF ? Float.POSITIVE_INFINITY : (float) (v - base[i]);
            }
        }
        // backtrace
        int[] pi = new int[n + m + 2];
        int[] pj = new int[n + m + 2];
        int k = 0;
        int i = n;
        int j = freeEnd ? centers[n] : m;
        pi[k] = i;
        pj[k++] = j;
        while (i > 0 || j > 0) {
            int t = back[offset[i] + j - lo[i]];
            i -= BeadShapes.SRC[t];
            j -= BeadShapes.TGT[t];
            pi[k] = i;
            pj[k++] = j;
        }
        int[] ri = new int[k];
        int[] rj = new int[k];
        for (int p = 0; p < k; p++) {
            ri[p] = pi[k - 1 - p];
            rj[p] = pj[k - 1 - p];
        }
        return new int[][] {ri, rj};
    }
}
