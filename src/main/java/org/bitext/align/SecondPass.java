package org.bitext.align;

import java.util.Arrays;
import java.util.List;

/**
 * The second pass over one long block: a DP with confidences in a band around the first pass's path. Where
 * its path touches the band's edge (the first pass was off there), the band is widened around that stretch
 * and the stretch alone is realigned between two fixed points of the path well outside it, widening again
 * while it touches; then the band around the final path is aligned once more, for confidences. The scorer's
 * lexical windows follow the band (see {@link Windows}).
 */
final class SecondPass {

    private static final int SECOND_WIDTH = 8;
    private static final int MAX_WIDENINGS = 4;
    /** Rows of path kept on each side of a stretch that is realigned after widening. */
    private static final int STRETCH_MARGIN = 50;
    /** Stop widening beyond this many cells (about 100 MB): keeps memory bounded on hostile input. */
    private static final long MAX_CELLS = 12_000_000L;

    private final int e0;
    private final int e1;
    private final int z0;
    private final int z1;
    private final Windows windows;

    /** English sentences {@code [e0, e1)} and Chinese {@code [z0, z1)}, scored through {@code windows}. */
    SecondPass(int e0, int e1, int z0, int z1, Windows windows) {
        this.e0 = e0;
        this.e1 = e1;
        this.z0 = z0;
        this.z1 = z1;
        this.windows = windows;
    }

    /** The DP of the final band, with confidences, given the first pass's beads (block-relative). */
    BandedDp run(List<Bead> previous) {
        int n = e1 - e0;
        int m = z1 - z0;
        int[] cLo = new int[n + 1];
        int[] cHi = new int[n + 1];
        centersFromBeads(previous, n, cLo, cHi);
        int[] w = new int[n + 1];
        Arrays.fill(w, SECOND_WIDTH);
        Band band = Band.around(n, m, cLo, cHi, w);
        windows.follow(band, e0, z0);
        BandedDp dp = new BandedDp(band, windows.scorer().shifted(e0, z0), true);
        int[][] path = {dp.pathI(), dp.pathJ()};
        boolean[] grew = new boolean[n + 1];
        if (!widen(path[0], path[1], band, 0, w, grew)) {
            return dp;
        }
        centersFromPath(path[0], path[1], n, cLo, cHi);
        band = Band.around(n, m, cLo, cHi, w);
        for (int a = 0; a <= n; a++) {
            if (grew[a]) {
                int b = a;
                while (b < n && (grew[b + 1] || (b + STRETCH_MARGIN <= n && grew[b + STRETCH_MARGIN]))) {
                    b++;
                }
                path = realign(path, band, Math.max(0, a - STRETCH_MARGIN), Math.min(n, b + STRETCH_MARGIN),
                        w);
                a = b;
            }
        }
        centersFromPath(path[0], path[1], n, cLo, cHi);
        band = Band.around(n, m, cLo, cHi, w);
        if (SentenceAligner.DEBUG) {
            System.err.printf(java.util.Locale.ROOT, "widened: %d cells%n", band.cells);
        }
        windows.follow(band, e0, z0);
        return new BandedDp(band, windows.scorer().shifted(e0, z0), true);
    }

    /**
     * Widens {@code w} (×3, over a few hundred rows) around every point of a path (in {@code band}'s
     * cells, whose row 0 is the block's row {@code rowOffset}) that comes within two cells of the band's
     * edge; marks the rows widened in {@code grew}; true if any point did.
     */
    private boolean widen(int[] pi, int[] pj, Band band, int rowOffset, int[] w, boolean[] grew) {
        int n = e1 - e0;
        int m = z1 - z0;
        int[] before = w.clone();
        boolean touched = false;
        for (int p = 0; p < pi.length; p++) {
            int i = pi[p];
            int j = pj[p];
            boolean nearLo = band.lo[i] > 0 && j - band.lo[i] < 2;
            boolean nearHi = band.hi[i] < band.m && band.hi[i] - j < 2;
            if (nearLo || nearHi) {
                int row = i + rowOffset;
                int radius = Math.max(100, 8 * before[row]);
                int grown = Math.min(m, 3 * before[row]);
                for (int r = Math.max(0, row - radius); r <= Math.min(n, row + radius); r++) {
                    if (grown > w[r]) {
                        w[r] = grown;
                        grew[r] = true;
                        touched = true;
                    }
                }
            }
        }
        return touched;
    }

    /**
     * The path with its stretch between rows {@code from} and {@code to} realigned (no confidences) inside
     * the band of widths {@code w} around it, between the path's last point at or before {@code from}
     * and its first at or after {@code to}, which stay fixed; widens and realigns again while the new
     * stretch touches its band's edge.
     */
    private int[][] realign(int[][] path, Band band, int from, int to, int[] w) {
        int[][] out = path;
        Band whole = band;
        for (int round = 0; round < MAX_WIDENINGS && whole.cells <= MAX_CELLS; round++) {
            int s = 0;
            while (s + 1 < out[0].length && out[0][s + 1] <= from) {
                s++;
            }
            int t = out[0].length - 1;
            while (t > s + 1 && out[0][t - 1] >= to) {
                t--;
            }
            int si = out[0][s];
            int sj = out[1][s];
            int ln = out[0][t] - si;
            int lm = out[1][t] - sj;
            int[] lo = new int[ln + 1];
            int[] hi = new int[ln + 1];
            for (int r = 0; r <= ln; r++) {
                lo[r] = whole.lo[si + r] - sj;
                hi[r] = whole.hi[si + r] - sj;
            }
            Band local = new Band(ln, lm, lo, hi);
            windows.follow(local, e0 + si, z0 + sj);
            BandedDp dp = new BandedDp(local, windows.scorer().shifted(e0 + si, z0 + sj));
            int[] pi = dp.pathI();
            int[] pj = dp.pathJ();
            int after = out[0].length - 1 - t;
            int[][] joined = new int[2][s + pi.length + after];
            for (int c = 0; c < 2; c++) {
                System.arraycopy(out[c], 0, joined[c], 0, s);
                System.arraycopy(out[c], t + 1, joined[c], s + pi.length, after);
            }
            for (int p = 0; p < pi.length; p++) {
                joined[0][s + p] = pi[p] + si;
                joined[1][s + p] = pj[p] + sj;
            }
            out = joined;
            // the stretch's two end points are fixed, not edges: only its inner points may ask for more
            int inner = Math.max(0, pi.length - 2);
            if (!widen(Arrays.copyOfRange(pi, 1, 1 + inner), Arrays.copyOfRange(pj, 1, 1 + inner), local, si, w,
                    new boolean[w.length])) {
                break;
            }
            int[] cLo = new int[e1 - e0 + 1];
            int[] cHi = new int[e1 - e0 + 1];
            centersFromPath(out[0], out[1], e1 - e0, cLo, cHi);
            whole = Band.around(e1 - e0, z1 - z0, cLo, cHi, w);
        }
        return out;
    }

    static void centersFromBeads(List<Bead> beads, int n, int[] cLo, int[] cHi) {
        int[] pi = new int[beads.size() + 1];
        int[] pj = new int[beads.size() + 1];
        int i = 0;
        int j = 0;
        for (int k = 0; k < beads.size(); k++) {
            i += beads.get(k).src().size();
            j += beads.get(k).tgt().size();
            pi[k + 1] = i;
            pj[k + 1] = j;
        }
        centersFromPath(pi, pj, n, cLo, cHi);
    }

    static void centersFromPath(int[] pi, int[] pj, int n, int[] cLo, int[] cHi) {
        Arrays.fill(cLo, Integer.MAX_VALUE);
        Arrays.fill(cHi, Integer.MIN_VALUE);
        for (int p = 0; p < pi.length; p++) {
            cLo[pi[p]] = Math.min(cLo[pi[p]], pj[p]);
            cHi[pi[p]] = Math.max(cHi[pi[p]], pj[p]);
        }
        for (int i = 1; i <= n; i++) {
            if (cLo[i] == Integer.MAX_VALUE) { // a row the path jumped over with a 2-x or 3-x bead
                cLo[i] = cHi[i - 1];
                cHi[i] = cHi[i - 1];
            }
        }
    }
}
