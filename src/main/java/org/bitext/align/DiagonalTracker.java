package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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

    /**
     * The tracked path of a whole block: the first half is tracked forwards from (0, 0) and the second
     * backwards from (n, m), at the same time on two cores ({@code executor} runs the backward half), and the
     * two tracks are joined in the middle row.
     */
    static int[][] fromBothEnds(int n, int m, int halfWidth, double[] advance, CombinedScorer scorer,
                                Executor executor) {
        int h = n / 2;
        double[] reversedAdvance = new double[n - h];
        for (int k = 0; k < n - h; k++) {
            reversedAdvance[k] = advance[n - 1 - k];
        }
        CompletableFuture<int[][]> second = CompletableFuture.supplyAsync(() -> track(n - h, m, halfWidth,
                reversedAdvance, scorer.reversed(n, m), true), executor);
        int[][] first = track(h, m, halfWidth, Arrays.copyOf(advance, h), scorer, true);
        return join(first, second.join(), n, m);
    }

    /**
     * One path from a forward track ending in row h and a backward track (in reversed coordinates) ending
     * there too: where they disagree, the forward track is cut back to the last point at or before the
     * backward track's start and bridged with 1-0 and 0-1 steps (pass 2 widens its band there if needed).
     */
    private static int[][] join(int[][] forward, int[][] backward, int n, int m) {
        int k = backward[0].length;
        int h = n - backward[0][k - 1];
        int jb = m - backward[1][k - 1];
        List<int[]> points = new ArrayList<>();
        int last = 0;
        for (int p = 0; p < forward[0].length && forward[1][p] <= jb; p++) {
            points.add(new int[] {forward[0][p], forward[1][p]});
            last = p;
        }
        int i = forward[0][last];
        int j = forward[1][last];
        while (i < h) {
            points.add(new int[] {++i, j});
        }
        while (j < jb) {
            points.add(new int[] {i, ++j});
        }
        for (int p = k - 2; p >= 0; p--) {
            points.add(new int[] {n - backward[0][p], m - backward[1][p]});
        }
        int[][] out = new int[2][points.size()];
        for (int p = 0; p < points.size(); p++) {
            out[0][p] = points.get(p)[0];
            out[1][p] = points.get(p)[1];
        }
        return out;
    }

    /**
     * Path points {@code {pathI, pathJ}} of the tracked alignment of n source and m target sentences; with
     * {@code freeEnd} the path ends in row {@code n} wherever the tracker's centre is rather
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
