package org.bitext.index;

import java.util.List;
import org.bitext.text.Language;

/**
 * The answer to a {@link SearchRequest}: the page of hits, the total number of matching units, and the
 * translations summary (each distinct spotted counterpart with its count, most frequent first).
 *
 * @param queryLanguages the languages the query was run in (decided by script)
 */
public record SearchResult(String query, List<Language> queryLanguages, long totalHits, List<Hit> hits,
                           List<Translation> translations) {
    public SearchResult {
        queryLanguages = List.copyOf(queryLanguages);
        hits = List.copyOf(hits);
        translations = List.copyOf(translations);
        if (totalHits < hits.size()) {
            throw new IllegalArgumentException("totalHits " + totalHits + " < hits on the page " + hits.size());
        }
    }
}
