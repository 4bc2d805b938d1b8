package org.bitext.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Calendar dates as bitext keeps them: ISO {@code yyyy-mm-dd} strings (empty when unknown), read from a UN
 * masthead ("24 August 2012", "2012年8月24日") or given by the user as a filter bound. Parsing is the JDK's
 * strict {@link DateTimeFormatter}: 30 February is refused, not rolled over.
 */
public final class IsoDates {

    /** The masthead date forms: English day-month-year, Chinese year年month月day日 (spaces removed first). */
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter CHINESE =
            DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /**
     * The ISO form of a masthead date as the segmenter's {@code masthead-date} pattern found it, or "" when it
     * names no real day (a 31 June is not a date to file a document under).
     */
    public static String fromMasthead(String text) {
        boolean chinese = text.indexOf('年') >= 0;
        try {
            return chinese ? LocalDate.parse(text.replaceAll("\\s+", ""), CHINESE).toString()
                    : LocalDate.parse(text.strip().replaceAll("\\s+", " "), ENGLISH).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /**
     * A user-given ISO date ({@code 2012-08-24}).
     *
     * @param what what the date is for, named in the error ("--from", "from")
     * @throws IllegalArgumentException naming the bad value when it is no ISO date
     */
    public static LocalDate parse(String what, String value) {
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date as yyyy-mm-dd (2012-08-24), was '" + value + "'");
        }
    }

    /** Whether {@code value} is "" or an ISO date: what a record holding a date accepts. */
    public static boolean isIsoOrEmpty(String value) {
        if (value.isEmpty()) {
            return true;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
