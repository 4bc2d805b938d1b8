package org.bitext.terms;

import java.io.Serializable;
import java.util.Objects;

/**
 * A unit's potential rare compositional pair, found without any frequency (see {@link LexicalPairs}): the
 * English candidate of the same unit that Chinese candidate {@code zh} translates word for word, once for
 * the case that {@code zh} turns out frequent (only compounds of two or more dictionary words count) and once
 * for the case that it is rare (then a single dictionary headword counts too). Which applies, and whether a
 * larger pair of the unit covers it, is decided once the frequencies are known.
 *
 * @param zh         Chinese candidate key
 * @param ifFrequent English candidate key it translates if frequent, or null
 * @param ifRare     English candidate key it translates if rare, or null
 */
public record LexicalCandidate(String zh, String ifFrequent, String ifRare) implements Serializable {
    public LexicalCandidate {
        Objects.requireNonNull(zh, "zh");
        if (ifFrequent == null && ifRare == null) {
            throw new IllegalArgumentException("a lexical candidate for '" + zh + "' needs an English side");
        }
    }
}
