package org.bitext.terms;

import java.util.List;
import java.util.Objects;

/**
 * A Chinese-English term pair with its evidence.
 *
 * @param kind      what the pair is: FULL_FORM, ACRONYM, ABBREVIATION or TERM
 * @param frequency number of aligned units in which both sides occur
 * @param score     association score (higher is stronger), comparable within one run
 * @param method    how it was found: definition, association, association+definition (a form of an English
 *                  definition linked through the other form), glossary, lexicon (rare, word for word)
 * @param examples  up to three example units, as {@code document:paragraph}
 */
public record TermPair(String zh, String en, Kind kind, int frequency, double score, String method,
                       List<String> examples) {

    /** The term type, as written to TBX {@code termNote type="termType"}. */
    public enum Kind { FULL_FORM, ACRONYM, ABBREVIATION, TERM }

    public TermPair {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("zh term must not be blank, was '" + zh + "'");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("en term must not be blank, was '" + en + "'");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0, was " + frequency);
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number, was NaN");
        }
        examples = List.copyOf(examples);
    }
}
