package org.bitext.terms;

import java.util.Objects;

/**
 * A term pair as the terms job reports it: the pair with its evidence, plus one context sentence pair (the
 * first example unit) for TBX and for review.
 */
public record ExtractedTerm(TermPair pair, String zhContext, String enContext) {

    public ExtractedTerm {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(zhContext, "zhContext");
        Objects.requireNonNull(enContext, "enContext");
    }
}
