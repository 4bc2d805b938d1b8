package org.bitext.align;

/**
 * The pluggable cost of a bead (in the spirit of Okapi's {@code AlignmentScorer}): a negative log-likelihood,
 * lower is better, for pairing source sentences {@code [s0, s0+ns)} with target sentences {@code [t0, t0+nt)}
 * of the pair the scorer was prepared for. Costs of different scorers add.
 */
@FunctionalInterface
interface AlignmentScorer {

    /** Cost of the bead; {@code ns} or {@code nt} may be 0 for a one-sided bead. */
    double cost(int s0, int ns, int t0, int nt);

    /** This scorer plus another one. */
    default AlignmentScorer plus(AlignmentScorer other) {
        return (s0, ns, t0, nt) -> cost(s0, ns, t0, nt) + other.cost(s0, ns, t0, nt);
    }
}
