package org.bitext.index;

import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.Query;
import org.bitext.text.IsoDates;

/**
 * Which documents' dates a search or lookup keeps: from and to inclusive, either open (null). A unit whose
 * document has no masthead date is left out as soon as either bound is given: its date is unknown, not
 * inside the range.
 *
 * @param from first day kept, or null for no lower bound
 * @param to   last day kept, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** No date filter. */
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range is empty: from " + from + " is after to " + to);
        }
    }

    /**
     * The range the user gave as ISO text; null or blank means no bound.
     *
     * @param fromName how the lower bound is named in an error ({@code --from}, {@code from})
     * @param toName   how the upper bound is named
     * @throws IllegalArgumentException naming the bad value
     */
    public static DateRange parse(String fromName, String from, String toName, String to) {
        return new DateRange(bound(fromName, from), bound(toName, to));
    }

    private static LocalDate bound(String name, String value) {
        return value == null || value.isBlank() ? null : IsoDates.parse(name, value);
    }

    /** Whether no bound is given. */
    public boolean isAll() {
        return from == null && to == null;
    }

    /** A filter on the unit documents' date points, or null when there is no bound. */
    Query query() {
        if (isAll()) {
            return null;
        }
        return LongPoint.newRangeQuery(UnitFields.DATE, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    /** " dated 2012-01-01 to 2012-12-31" (or "up to …", "from … on") for messages, "" when there is no bound. */
    public String describe() {
        if (isAll()) {
            return "";
        }
        if (from == null) {
            return " dated up to " + to;
        }
        return to == null ? " dated from " + from + " on" : " dated " + from + " to " + to;
    }
}
