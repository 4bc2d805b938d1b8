package org.bitext.index;

import java.util.Objects;
import org.bitext.text.Span;

/**
 * One piece of the word (English) or character (Chinese) difference between a lookup text (the query) and
 * the source side of a matched unit, in order. Spans point into the query and into the matched source;
 * the text between two parts' spans is punctuation and spacing.
 *
 * @param kind   what happened to this piece
 * @param source the piece in the matched source, null for {@link Kind#INSERTED}
 * @param query  the piece in the query, null for {@link Kind#DELETED}
 */
public record DiffPart(Kind kind, Span source, Span query) {

    /** How a piece of the query differs from the matched source. */
    public enum Kind {
        /** The same words (case or width may differ). */
        EQUAL,
        /** In the query, not in the source. */
        INSERTED,
        /** In the source, not in the query. */
        DELETED,
        /** Source words replaced by other query words. */
        CHANGED,
        /** A placeable (number, date, symbol) with another value: cheap, and carried into the translation. */
        PLACEABLE
    }

    public DiffPart {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.INSERTED && source == null) {
            throw new IllegalArgumentException(kind + " part needs a source span");
        }
        if (kind != Kind.DELETED && query == null) {
            throw new IllegalArgumentException(kind + " part needs a query span");
        }
        if (kind == Kind.INSERTED && source != null || kind == Kind.DELETED && query != null) {
            throw new IllegalArgumentException(kind + " part has a span on the wrong side");
        }
    }
}
