package org.bitext.align;

import java.util.List;

/**
 * Gale–Church length cost: the target length of a bead is normal around {@code c} times its source length
 * with variance {@code s2} times the source length. Lengths are code points without white space (PDF text
 * puts spaces between Chinese characters); {@code c} and {@code s2} come from the pair itself.
 */
final class LengthScorer implements AlignmentScorer {

    static final double STEP = 0.01;
    /** -log(2 (1 - Phi(|d|))) tabulated, because it is evaluated millions of times per alignment. */
    static final double[] TABLE = table(3000);

    // package-private: CombinedScorer computes the same cost inline
    final long[] srcPrefix;
    final long[] tgtPrefix;
    final double ratio;
    final double variance;
    final BeadShapes shapes;

    LengthScorer(int[] srcLengths, int[] tgtLengths, double ratio, double variance, BeadShapes shapes) {
        this.srcPrefix = prefix(srcLengths);
        this.tgtPrefix = prefix(tgtLengths);
        this.ratio = ratio;
        this.variance = variance;
        this.shapes = shapes;
    }

    /** The length ratio target/source over the whole pair. */
    static double ratio(int[] srcLengths, int[] tgtLengths) {
        long s = 0;
        long t = 0;
        for (int x : srcLengths) {
            s += x;
        }
        for (int x : tgtLengths) {
            t += x;
        }
        return s == 0 || t == 0 ? 1.0 : (double) t / s;
    }

    /** A first guess of the variance before any bead is known: Gale–Church's 6.8 scaled to target units. */
    static double initialVariance(double ratio) {
        return Math.max(0.05, 6.8 * ratio * ratio * 2);
    }

    /** Variance re-estimated from 1-1 beads of a first pass (robustly: squared deviations are capped). */
    static double estimatedVariance(int[] srcLengths, int[] tgtLengths, double ratio, List<Bead> beads,
                                    double fallback) {
        double sum = 0;
        int n = 0;
        double cap = 25 * fallback;
        for (Bead b : beads) {
            if (b.src().size() == 1 && b.tgt().size() == 1) {
                int ls = srcLengths[b.src().get(0)];
                int lt = tgtLengths[b.tgt().get(0)];
                if (ls > 0) {
                    double d = lt - ratio * ls;
                    sum += Math.min(d * d / ls, cap);
                    n++;
                }
            }
        }
        return n < 20 ? fallback : Math.max(0.05, sum / n);
    }

    /** Code points other than white space. */
    static int length(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); ) {
            char c = s.charAt(k);
            if (c < 0x80) {
                // ASCII (most of an English text) without the Unicode tables: the same answer
                if (c > ' ' || c < '\t' || c > '\r' && c < 0x1C) {
                    n++;
                }
                k++;
                continue;
            }
            int cp = s.codePointAt(k);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                n++;
            }
            k += Character.charCount(cp);
        }
        return n;
    }

    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        double ls = srcPrefix[s0 + ns] - srcPrefix[s0];
        double lt = tgtPrefix[t0 + nt] - tgtPrefix[t0];
        // Gale–Church use the mean of both lengths (in source units) for the variance: this keeps 0-x beads finite
        double mean = (ls + lt / ratio) / 2;
        double d = mean <= 0 ? 0 : (lt - ratio * ls) / Math.sqrt(variance * mean);
        return shapes.cost(ns, nt) + tail(Math.abs(d));
    }

    static double tail(double d) {
        double x = d / STEP;
        if (x >= TABLE.length - 1) {
            return TABLE[TABLE.length - 1] + (d * d - (TABLE.length - 1) * STEP * (TABLE.length - 1) * STEP) / 2;
        }
        int k = (int) x;
        double f = x - k;
        return TABLE[k] * (1 - f) + TABLE[k + 1] * f;
    }

    private static double[] table(int size) {
        double[] t = new double[size];
        for (int k = 0; k < size; k++) {
            double d = k * STEP;
            double p = erfc(d / Math.sqrt(2)); // = 2 (1 - Phi(d))
            t[k] = p > 1e-300 ? -Math.log(p) : d * d / 2 + Math.log(d * Math.sqrt(Math.PI / 2));
        }
        return t;
    }

    /** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    private static long[] prefix(int[] lengths) {
        long[] p = new long[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            p[k + 1] = p[k] + lengths[k];
        }
        return p;
    }
}
