package org.bitext.align;

/**
 * The aligner's bead cost: Gale–Church length plus lexical evidence, for sentence indices shifted by a
 * block's offsets. One final class (rather than composed lambdas) so that the DP's call site stays
 * monomorphic and the JIT inlines both costs: it is called tens of millions of times on long inputs.
 */
final class CombinedScorer implements AlignmentScorer {

    private final LengthScorer length;
    private final LexicalScorer lexical;
    private final int srcOffset;
    private final int tgtOffset;
    /** When set, indices count backwards from these ends (for aligning a stretch from its end). */
    private final boolean reversed;
    private final int srcEnd;
    private final int tgtEnd;
    // the two costs' data, copied into this object so that cost() is one method without calls
    private final long[] srcPrefix;
    private final long[] tgtPrefix;
    private final double ratio;
    private final double variance;
    private final double[] shapeCost;
    private final int longs;
    private final long[] srcWeak;
    private final long[] tgtWeak;
    private final long[] srcStrong;
    private final long[] tgtStrong;
    private final double weakWeight;
    private final double strongWeight;

    CombinedScorer(LengthScorer length, LexicalScorer lexical, int srcOffset, int tgtOffset) {
        this(length, lexical, srcOffset, tgtOffset, false, 0, 0);
    }

    private CombinedScorer(LengthScorer length, LexicalScorer lexical, int srcOffset, int tgtOffset,
                           boolean reversed, int srcEnd, int tgtEnd) {
        this.length = length;
        this.lexical = lexical;
        this.srcPrefix = length.srcPrefix;
        this.tgtPrefix = length.tgtPrefix;
        this.ratio = length.ratio;
        this.variance = length.variance;
        this.shapeCost = length.shapes.flatTable();
        this.longs = lexical.longs;
        this.srcWeak = lexical.srcWeak;
        this.tgtWeak = lexical.tgtWeak;
        this.srcStrong = lexical.srcStrong;
        this.tgtStrong = lexical.tgtStrong;
        this.weakWeight = lexical.weakWeight;
        this.strongWeight = lexical.strongWeight;
        this.srcOffset = srcOffset;
        this.tgtOffset = tgtOffset;
        this.reversed = reversed;
        this.srcEnd = srcEnd;
        this.tgtEnd = tgtEnd;
    }

    LexicalScorer lexical() {
        return lexical;
    }

    /** This cost with another lexical scorer (same offsets). */
    CombinedScorer with(LexicalScorer other) {
        return new CombinedScorer(length, other, srcOffset, tgtOffset, reversed, srcEnd, tgtEnd);
    }

    /** The same cost over a block starting at source {@code s} and target {@code t}. */
    CombinedScorer shifted(int s, int t) {
        return new CombinedScorer(length, lexical, srcOffset + s, tgtOffset + t, false, 0, 0);
    }

    /**
     * The cost of this (unreversed) scorer read backwards: bead {@code (s0, ns, t0, nt)} is the bead that
     * ends {@code s0} source and {@code t0} target sentences before {@code (srcEnd, tgtEnd)}.
     */
    CombinedScorer reversed(int srcEnd, int tgtEnd) {
        return new CombinedScorer(length, lexical, srcOffset, tgtOffset, true, srcEnd, tgtEnd);
    }

    /**
     * {@code length.cost(...) + lexical.cost(...)}, computed inline (the same arithmetic, so the same
     * values): this is called tens of millions of times and the launcher's C1 compiler inlines only tiny
     * methods.
     */
    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        int s = reversed ? srcEnd - s0 - ns + srcOffset : s0 + srcOffset;
        int t = reversed ? tgtEnd - t0 - nt + tgtOffset : t0 + tgtOffset;
        double ls = srcPrefix[s + ns] - srcPrefix[s];
        double lt = tgtPrefix[t + nt] - tgtPrefix[t];
        double mean = (ls + lt / ratio) / 2;
        double d = mean <= 0 ? 0 : Math.abs((lt - ratio * ls) / Math.sqrt(variance * mean));
        double x = d / LengthScorer.STEP;
        double cost = shapeCost[ns * BeadShapes.STRIDE + nt];
        if (x >= LengthScorer.TABLE.length - 1) {
            cost += LengthScorer.tail(d);
        } else {
            int k = (int) x;
            double f = x - k;
            cost += LengthScorer.TABLE[k] * (1 - f) + LengthScorer.TABLE[k + 1] * f;
        }
        if (ns == 0 || nt == 0) {
            return cost + 0.0;
        }
        int sg = s * BeadShapes.MAX + ns - 1;
        int tg = t * BeadShapes.MAX + nt - 1;
        int sb = sg * longs;
        int tb = tg * longs;
        long bytes = 0;
        for (int w = 0; w < longs; w++) {
            long v = srcWeak[sb + w] & tgtWeak[tb + w];
            v = v - ((v >>> 1) & 0x5555555555555555L);
            v = (v & 0x3333333333333333L) + ((v >>> 2) & 0x3333333333333333L);
            bytes += (v + (v >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
        }
        int weak = (int) ((bytes * 0x0101010101010101L) >>> 56);
        return cost + (-weakWeight * weak - strongWeight * Long.bitCount(srcStrong[sg] & tgtStrong[tg]));
    }
}
