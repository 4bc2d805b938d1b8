package org.bitext.index;

import java.util.List;
import java.util.Objects;
import org.bitext.text.Language;

/**
 * The answer to one lookup: the matches best first, or none and a note saying why.
 *
 * @param query    the text looked up
 * @param language the language the text was taken for, null when it is in neither
 * @param matches  best first (score, then source and translation text, so equal scores keep a fixed order)
 * @param note     why there is no match (empty query, no unit above the threshold …), or null
 */
public record TmResult(String query, Language language, List<TmMatch> matches, String note) {

    public TmResult {
        Objects.requireNonNull(query, "query");
        matches = List.copyOf(matches);
        if (matches.isEmpty() && note == null) {
            throw new IllegalArgumentException("an empty result must say why");
        }
    }
}
