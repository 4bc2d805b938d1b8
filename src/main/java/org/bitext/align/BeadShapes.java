package org.bitext.align;

/**
 * The bead shapes the aligner considers (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1; source count first) and
 * their prior probabilities, which start from Gale–Church-like values and are re-estimated from a first
 * alignment of the pair itself.
 */
final class BeadShapes {

    static final int[] SRC = {1, 1, 0, 1, 2, 2, 1, 3, 1, 4};
    static final int[] TGT = {1, 0, 1, 2, 1, 2, 3, 1, 4, 1};
    /** The most sentences of one side in a bead. */
    static final int MAX = 4;
    /** Row length of {@link #flatTable()}. */
    static final int STRIDE = MAX + 1;
    static final int COUNT = SRC.length;

    /** Initial priors; 1-2 is generous because Chinese translations often split an English sentence. */
    private static final double[] INITIAL = {0.80, 0.005, 0.005, 0.08, 0.06, 0.02, 0.02, 0.01, 0.005, 0.002};

    /** The 2-2 prior after estimation (see {@link #estimated}). */
    private static final double RARE_2_2 = 1e-4;

    private final double[] cost = new double[COUNT];
    /** Cost by [source count][target count], infinite for shapes not considered: no search in the hot path. */
    private final double[][] table = new double[STRIDE][STRIDE];

    private BeadShapes(double[] prior) {
        for (double[] row : table) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int t = 0; t < COUNT; t++) {
            cost[t] = -Math.log(prior[t]);
            table[SRC[t]][TGT[t]] = cost[t];
        }
    }

    static BeadShapes initial() {
        return new BeadShapes(INITIAL);
    }

    /** Priors re-estimated from bead counts of a first pass, smoothed towards the initial priors. */
    static BeadShapes estimated(int[] counts) {
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        double pseudo = 50;
        double[] p = new double[COUNT];
        for (int t = 0; t < COUNT; t++) {
            p[t] = (counts[t] + pseudo * INITIAL[t]) / (total + pseudo);
            // one-sided beads stay rare: a first pass that over-used them must not make them cheap
            p[t] = Math.max(p[t], 0.001);
        }
        // 2-2 is not re-estimated: a first pass merges two neighbouring 1-1 beads into a 2-2 whenever that
        // evens out their length noise, so its count overstates how often sentence boundaries really cross
        // (Moore 2002 leaves 2-2 out altogether; it is kept here, rare, for the crossings that do occur)
        p[index(2, 2)] = RARE_2_2;
        return new BeadShapes(p);
    }

    static int index(int ns, int nt) {
        for (int t = 0; t < COUNT; t++) {
            if (SRC[t] == ns && TGT[t] == nt) {
                return t;
            }
        }
        return -1;
    }

    /** Costs by {@code ns * STRIDE + nt} (infinite for shapes not considered), for the inlined bead cost. */
    double[] flatTable() {
        double[] flat = new double[STRIDE * STRIDE];
        for (int a = 0; a < STRIDE; a++) {
            System.arraycopy(table[a], 0, flat, a * STRIDE, STRIDE);
        }
        return flat;
    }

    double cost(int ns, int nt) {
        return ns < STRIDE && nt < STRIDE ? table[ns][nt] : Double.POSITIVE_INFINITY;
    }
}
