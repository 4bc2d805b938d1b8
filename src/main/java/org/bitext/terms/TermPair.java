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
 * @param confidence how sure the job is that this is a term pair, in [0,1]: the strength of the evidence
 *                  (a definition or glossary entry, association over several units, a word-for-word
 *                  dictionary translation) times termhood (how specific the words are against general
 *                  language); the list is ranked by it
 */
public record TermPair(String zh, String en, Kind kind, int frequency, double score, String method,
                       List<String> examples, double confidence) {

    /** The term type; {@link #label} is how people read it (CSV, page), TBX has its own values. */
    public enum Kind {
        FULL_FORM("full form"), ACRONYM("acronym"), ABBREVIATION("abbreviation"), TERM("term");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in words: "full form", "acronym", "abbreviation", "term". */
        public String label() {
            return label;
        }
    }

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
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }
}
