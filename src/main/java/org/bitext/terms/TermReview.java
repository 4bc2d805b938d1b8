package org.bitext.terms;

import java.util.Objects;
import org.bitext.lexicon.EnglishWords;
import org.bitext.text.Scripts;

/**
 * A terminologist's decision on one extracted term pair: accept it as it is, reject it, or edit its
 * boundaries (the corrected Chinese and/or English text). The pair the decision is about is
 * {@code fromZh}/{@code fromEn}, as the terms job listed it; {@code zh}/{@code en} is the pair to keep
 * (equal to the listed one unless edited).
 */
public record TermReview(Status status, String fromZh, String fromEn, String zh, String en) {

    /** What the terminologist decided. */
    public enum Status {
        ACCEPTED, EDITED, REJECTED;

        /** Parses {@code accepted}, {@code edited} or {@code rejected}, any case; anything else is illegal. */
        public static Status parse(String s) {
            for (Status st : values()) {
                if (st.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return st;
                }
            }
            throw new IllegalArgumentException("status must be accepted, edited or rejected, was '" + s + "'");
        }

        /** The status as written in the file and the API: lower case. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TermReview {
        Objects.requireNonNull(status, "status");
        fromZh = clean("listed Chinese term", fromZh);
        fromEn = clean("listed English term", fromEn);
        zh = clean("Chinese term", zh);
        en = clean("English term", en);
        // The kept pair becomes a known pair of the next terms run: the rules of a glossary line apply.
        if (!Scripts.hasHan(zh)) {
            throw new IllegalArgumentException("Chinese term has no Chinese characters: '" + zh + "'");
        }
        if (EnglishWords.tokens(en).isEmpty()) {
            throw new IllegalArgumentException("English term has no letters or digits: '" + en + "'");
        }
        if (status != Status.EDITED && !(zh.equals(fromZh) && en.equals(fromEn))) {
            throw new IllegalArgumentException("only an edit may change the pair, was " + status.label() + " '"
                    + fromZh + "' / '" + fromEn + "' -> '" + zh + "' / '" + en + "'");
        }
    }

    /** Accepting or rejecting a listed pair as it is. */
    public static TermReview of(Status status, String zh, String en) {
        return new TermReview(status, zh, en, zh, en);
    }

    /** Whether the kept pair goes into the next terms run as a known pair (accepted or edited). */
    public boolean kept() {
        return status != Status.REJECTED;
    }

    private static String clean(String what, String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was '" + s + "'");
        }
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be one line without tabs, was '" + s + "'");
        }
        return s.strip();
    }
}
