package org.bitext.index;

import java.util.List;
import java.util.Objects;
import org.bitext.align.AlignedPair;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * One translation-memory match: a stored unit whose source side (the side in the query's language) is
 * similar to the query, how similar, what differs, and its translation with the query's placeables carried
 * over where that is safe.
 *
 * @param percent    match percentage as CAT tools show it, 0..100 (100 only for an identical source)
 * @param score      the unrounded score the matches are ordered by
 * @param unit       the matched unit (location and both texts)
 * @param language   the language of the query and of the matched source
 * @param diff       the differences, in order (see {@link DiffPart})
 * @param adaptation the translation with the query's placeables put in, or null when no placeable differs
 */
public record TmMatch(int percent, double score, AlignedPair unit, Language language, List<DiffPart> diff,
                      Adaptation adaptation) {

    public TmMatch {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(language, "language");
        diff = List.copyOf(diff);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in 0..100, was " + percent);
        }
    }

    /** The matched source text (the side in the query's language). */
    public String source() {
        return language == Language.ZH ? unit.zh() : unit.en();
    }

    /** The stored translation (the other side). */
    public String translation() {
        return language == Language.ZH ? unit.en() : unit.zh();
    }

    /** The translation to use: adapted when placeables were carried over, else the stored one. */
    public String suggested() {
        return adaptation == null ? translation() : adaptation.text();
    }

    /**
     * The stored translation with the query's placeables put in place of the source's.
     *
     * @param text       the adapted translation
     * @param adapted    where the carried-over placeables are in {@code text}
     * @param notCarried differing placeables that could not be carried (not found exactly once in the
     *                   translation, e.g. a number written out in words there): the translator must check them
     */
    public record Adaptation(String text, List<Span> adapted, int notCarried) {
        public Adaptation {
            Objects.requireNonNull(text, "text");
            adapted = List.copyOf(adapted);
            if (notCarried < 0) {
                throw new IllegalArgumentException("notCarried must be >= 0, was " + notCarried);
            }
        }
    }
}
