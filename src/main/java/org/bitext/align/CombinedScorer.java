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

    CombinedScorer(LengthScorer length, LexicalScorer lexical, int srcOffset, int tgtOffset) {
        this.length = length;
        this.lexical = lexical;
        this.srcOffset = srcOffset;
        this.tgtOffset = tgtOffset;
    }

    /** The same cost over a block starting at source {@code s} and target {@code t}. */
    CombinedScorer shifted(int s, int t) {
        return new CombinedScorer(length, lexical, srcOffset + s, tgtOffset + t);
    }

    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        int s = s0 + srcOffset;
        int t = t0 + tgtOffset;
        return length.cost(s, ns, t, nt) + lexical.cost(s, ns, t, nt);
    }
}
