package org.bitext.terms;

import java.util.Map;
import org.bitext.text.Span;

/**
 * Spots the counterpart of a query in one aligned sentence with the term stage's own machinery: among the
 * English term candidates of the sentence (noun phrases, plurals included), the longest that the dictionary
 * shows to be a complete translation of the Chinese query, or nothing. It never guesses: without a complete
 * word-for-word match the answer is "no counterpart found".
 */
public final class TermSpotter {

    private final Coverage coverage = Coverage.cedict();
    private final EnTerms enTerms = new EnTerms();

    /** The span in {@code en} of the longest candidate that translates {@code zh} completely, or null. */
    public Span englishFor(String zh, String en) {
        Span best = null;
        Map<String, String> candidates = enTerms.candidates(en);
        for (String surface : candidates.values()) {
            if (best != null && surface.length() <= best.end() - best.start()) {
                continue;
            }
            Coverage.Counts c = coverage.of(zh, surface);
            if (c.complete()) {
                int at = en.indexOf(surface);
                if (at >= 0) {
                    best = new Span(at, at + surface.length());
                }
            }
        }
        return best;
    }
}
