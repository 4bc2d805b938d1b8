package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic programming over bead shapes inside a {@link Band}: a forward pass for the best path and, for
 * confidences, a backward pass giving max-marginals (the best total cost of a path forced through a cell).
 * A bead's confidence is {@code tanh(margin / 2)}, where the margin is how much worse the best path is that
 * avoids one of the bead's boundaries (or crosses its inside): the log-odds of "this bead" against its best
 * alternative.
 */
final class BandedDp {

    private static final int WINDOW = 6;
    private static final double INF = Double.POSITIVE_INFINITY;

    private final Band band;
    private final AlignmentScorer scorer;
    /** Costs are stored as floats relative to a per-row base, so that large totals keep their precision. */
    private final float[] forward;
    private final double[] forwardBase;
    private final byte[] back;
    private int[] pathI;
    private int[] pathJ;

    BandedDp(Band band, AlignmentScorer scorer) {
        this.band = band;
        this.scorer = scorer;
        this.forward = new float[band.cells];
        this.forwardBase = new double[band.n + 1];
        this.back = new byte[band.cells];
        runForward();
        backtrace();
    }

    /** Path points from (0,0) to (n,m), source coordinate. */
    int[] pathI() {
        return pathI;
    }

    /** Path points from (0,0) to (n,m), target coordinate. */
    int[] pathJ() {
        return pathJ;
    }

    double bestCost() {
        return f(band.n, band.m);
    }

    private double f(int i, int j) {
        if (!band.contains(i, j)) {
            return INF;
        }
        float v = forward[band.index(i, j)];
        return v == Float.POSITIVE_INFINITY ? INF : forwardBase[i] + v;
    }

    private void runForward() {
        int width = 0;
        for (int i = 0; i <= band.n; i++) {
            width = Math.max(width, band.hi[i] - band.lo[i] + 1);
        }
        double[] row = new double[width];
        for (int i = 0; i <= band.n; i++) {
            int lo = band.lo[i];
            int hi = band.hi[i];
            double min = INF;
            for (int j = lo; j <= hi; j++) {
                double best = INF;
                int bestType = -1;
                if (i == 0 && j == 0) {
                    best = 0;
                } else {
                    for (int t = 0; t < BeadShapes.COUNT; t++) {
                        int pi = i - BeadShapes.SRC[t];
                        int pj = j - BeadShapes.TGT[t];
                        if (pi < 0 || pj < 0) {
                            continue;
                        }
                        double fp = pi == i ? (pj >= lo ? row[pj - lo] : INF) : f(pi, pj);
                        if (fp == INF) {
                            continue;
                        }
                        double c = fp + scorer.cost(pi, BeadShapes.SRC[t], pj, BeadShapes.TGT[t]);
                        if (c < best) {
                            best = c;
                            bestType = t;
                        }
                    }
                }
                row[j - lo] = best;
                back[band.index(i, j)] = (byte) bestType;
                min = Math.min(min, best);
            }
            forwardBase[i] = min == INF ? 0 : min;
            for (int j = lo; j <= hi; j++) {
                double v = row[j - lo];
                forward[band.index(i, j)] = v == INF ? Float.POSITIVE_INFINITY : (float) (v - forwardBase[i]);
            }
        }
    }

    private void backtrace() {
        int i = band.n;
        int j = band.m;
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {i, j});
        while (i > 0 || j > 0) {
            int t = back[band.index(i, j)];
            if (t < 0) {
                throw new IllegalStateException("no alignment path through the band at " + i + "," + j);
            }
            i -= BeadShapes.SRC[t];
            j -= BeadShapes.TGT[t];
            points.add(new int[] {i, j});
        }
        int k = points.size();
        pathI = new int[k];
        pathJ = new int[k];
        for (int p = 0; p < k; p++) {
            pathI[p] = points.get(k - 1 - p)[0];
            pathJ[p] = points.get(k - 1 - p)[1];
        }
    }

    /** Beads of the best path without confidences (all 1.0); cheap. */
    List<Bead> beads() {
        List<Bead> out = new ArrayList<>(pathI.length);
        for (int p = 1; p < pathI.length; p++) {
            out.add(Bead.of(pathI[p - 1], pathI[p] - pathI[p - 1], pathJ[p - 1], pathJ[p] - pathJ[p - 1], 1.0));
        }
        return out;
    }

    /** Beads of the best path with max-marginal confidences (runs the backward pass). */
    List<Bead> beadsWithConfidence() {
        Backward g = new Backward();
        double best = bestCost();
        int k = pathI.length;
        // rows the path visits, as a target range, to tell path cells from alternatives
        int[] rowLo = new int[band.n + 1];
        int[] rowHi = new int[band.n + 1];
        Arrays.fill(rowLo, Integer.MAX_VALUE);
        Arrays.fill(rowHi, Integer.MIN_VALUE);
        for (int p = 0; p < k; p++) {
            rowLo[pathI[p]] = Math.min(rowLo[pathI[p]], pathJ[p]);
            rowHi[pathI[p]] = Math.max(rowHi[pathI[p]], pathJ[p]);
        }
        double[] pointMargin = new double[k];
        for (int p = 0; p < k; p++) {
            boolean end = p == 0 || p == k - 1;
            pointMargin[p] = end ? INF : boundaryAlternative(g, pathI[p], pathJ[p], rowLo, rowHi) - best;
        }
        List<Bead> out = new ArrayList<>(k - 1);
        for (int p = 1; p < k; p++) {
            int i0 = pathI[p - 1];
            int j0 = pathJ[p - 1];
            int i1 = pathI[p];
            int j1 = pathJ[p];
            double margin = Math.min(pointMargin[p - 1], pointMargin[p]);
            for (int r = i0 + 1; r < i1; r++) {
                for (int x = Math.max(band.lo[r], j0 - WINDOW); x <= Math.min(band.hi[r], j1 + WINDOW); x++) {
                    margin = Math.min(margin, f(r, x) + g.value(r, x) - best);
                }
            }
            double conf = margin == INF ? 1.0 : Math.tanh(Math.max(0, margin) / 2);
            out.add(Bead.of(i0, i1 - i0, j0, j1 - j0, conf));
        }
        return out;
    }

    /** Best cost of a path that does not pass through the path point (i, j). */
    private double boundaryAlternative(Backward g, int i, int j, int[] rowLo, int[] rowHi) {
        double alt = INF;
        for (int x = Math.max(band.lo[i], j - WINDOW); x <= Math.min(band.hi[i], j + WINDOW); x++) {
            if (x < rowLo[i] || x > rowHi[i]) {
                alt = Math.min(alt, f(i, x) + g.value(i, x));
            }
        }
        // paths that jump over row i with a bead of two or three source sentences
        for (int t = 0; t < BeadShapes.COUNT; t++) {
            int ns = BeadShapes.SRC[t];
            int nt = BeadShapes.TGT[t];
            for (int a = 1; a < ns; a++) {
                int si = i - a;
                if (si < 0 || si + ns > band.n) {
                    continue;
                }
                for (int x = j - WINDOW - nt; x <= j + WINDOW; x++) {
                    double fs = f(si, x);
                    if (fs == INF) {
                        continue;
                    }
                    double ge = g.value(si + ns, x + nt);
                    if (ge == INF) {
                        continue;
                    }
                    alt = Math.min(alt, fs + scorer.cost(si, ns, x, nt) + ge);
                }
            }
        }
        return alt;
    }

    /** The backward pass: best cost from a cell to (n, m). */
    private final class Backward {
        private final float[] value = new float[band.cells];
        private final double[] base = new double[band.n + 1];

        Backward() {
            int width = 0;
            for (int i = 0; i <= band.n; i++) {
                width = Math.max(width, band.hi[i] - band.lo[i] + 1);
            }
            double[] row = new double[width];
            for (int i = band.n; i >= 0; i--) {
                int lo = band.lo[i];
                int hi = band.hi[i];
                double min = INF;
                for (int j = hi; j >= lo; j--) {
                    double best = INF;
                    if (i == band.n && j == band.m) {
                        best = 0;
                    } else {
                        for (int t = 0; t < BeadShapes.COUNT; t++) {
                            int ni = i + BeadShapes.SRC[t];
                            int nj = j + BeadShapes.TGT[t];
                            if (ni > band.n || nj > band.m) {
                                continue;
                            }
                            double gn = ni == i ? (nj <= hi ? row[nj - lo] : INF) : value(ni, nj);
                            if (gn == INF) {
                                continue;
                            }
                            best = Math.min(best, gn + scorer.cost(i, BeadShapes.SRC[t], j, BeadShapes.TGT[t]));
                        }
                    }
                    row[j - lo] = best;
                    min = Math.min(min, best);
                }
                base[i] = min == INF ? 0 : min;
                for (int j = lo; j <= hi; j++) {
                    double v = row[j - lo];
                    value[band.index(i, j)] = v == INF ? Float.POSITIVE_INFINITY : (float) (v - base[i]);
                }
            }
        }

        double value(int i, int j) {
            if (!band.contains(i, j)) {
                return INF;
            }
            float v = value[band.index(i, j)];
            return v == Float.POSITIVE_INFINITY ? INF : base[i] + v;
        }
    }
}
