package org.bitext.index;

import java.util.Objects;
import org.bitext.align.Level;

/**
 * A translation-memory lookup: the text to find translated units for, and which of them to show.
 *
 * @param text     a sentence or a paragraph, in English or Chinese (at most {@link #MAX_LENGTH} characters)
 * @param min      lowest match percentage shown, 0..100
 * @param limit    matches shown at most, 1..100
 * @param level    match against sentence units or paragraph units
 * @param document only units of this document, or null for all
 * @param dates    only units of documents dated in this range ({@link DateRange#ALL} for all)
 */
public record TmRequest(String text, int min, int limit, Level level, String document, DateRange dates) {

    /** Longest text looked up; a longer paste is refused with a message pointing at {@code --file}. */
    public static final int MAX_LENGTH = 4000;
    /** CAT tools' usual lowest fuzzy match. */
    public static final int DEFAULT_MIN = 70;
    public static final int DEFAULT_LIMIT = 5;

    /** A lookup without a date filter. */
    public TmRequest(String text, int min, int limit, Level level, String document) {
        this(text, min, limit, level, document, DateRange.ALL);
    }

    public TmRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(level, "level");
        if (min < 0 || min > 100) {
            throw new IllegalArgumentException("min must be in 0..100, was " + min);
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be in 1..100, was " + limit);
        }
    }

    public static TmRequest of(String text) {
        return new TmRequest(text, DEFAULT_MIN, DEFAULT_LIMIT, Level.SENTENCE, null);
    }
}
