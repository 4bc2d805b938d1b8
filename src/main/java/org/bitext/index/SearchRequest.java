package org.bitext.index;

import java.util.Objects;
import org.bitext.align.Level;

/**
 * A concordance query as the CLI and the web page pass it to the facade.
 *
 * @param query    the user's query (Chinese, English, or both; syntax: "phrase", -exclude, OR, prefix*)
 * @param limit    hits per page, 1..1000
 * @param offset   hits to skip (paging), >= 0; offset + limit at most {@value #MAX_WINDOW}
 * @param level    sentence or paragraph units
 * @param document restrict to one document name, or null for all
 * @param dates    restrict to documents dated in this range ({@link DateRange#ALL} for all)
 */
public record SearchRequest(String query, int limit, int offset, Level level, String document, DateRange dates) {

    /** Longest query accepted; longer ones are refused as bad input. */
    public static final int MAX_QUERY_LENGTH = 2000;
    /**
     * Deepest hit a page may reach (offset + limit): every hit up to it is read and spotted, so deeper pages
     * cost time and memory in proportion; a translator refines the query long before.
     */
    public static final int MAX_WINDOW = 10_000;

    /** A request without a date filter. */
    public SearchRequest(String query, int limit, int offset, Level level, String document) {
        this(query, limit, offset, level, document, DateRange.ALL);
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(level, "level");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be in 1..1000, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW + " (refine the query"
                    + " instead of paging deeper), was " + ((long) offset + limit));
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 20, 0, Level.SENTENCE, null);
    }
}
