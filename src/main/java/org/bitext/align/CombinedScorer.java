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

    CombinedScorer(LengthScorer length, LexicalScorer lexical, int srcOffset, int tgtOffset) {
        this(length, lexical, srcOffset, tgtOffset, false, 0, 0);
    }

    private CombinedScorer(LengthScorer length, LexicalScorer lexical, int srcOffset, int tgtOffset,
                           boolean reversed, int srcEnd, int tgtEnd) {
        this.length = length;
        this.lexical = lexical;
        this.srcOffset = srcOffset;
        this.tgtOffset = tgtOffset;
        this.reversed = reversed;
        this.srcEnd = srcEnd;
        this.tgtEnd = tgtEnd;
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

    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        int s = reversed ? srcEnd - s0 - ns + srcOffset : s0 + srcOffset;
        int t = reversed ? tgtEnd - t0 - nt + tgtOffset : t0 + tgtOffset;
        return length.cost(s, ns, t, nt) + lexical.cost(s, ns, t, nt);
    }
}
