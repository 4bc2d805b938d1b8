package org.bitext.segment;

import java.util.List;
import java.util.Objects;
import org.bitext.text.Span;

/**
 * A body paragraph: its number (1, 2, ... as printed) or null for an unnumbered paragraph, its span
 * (the paragraph text without the number label) and its sentences in order.
 */
public record Paragraph(Integer number, Span span, List<Sentence> sentences) {

    public Paragraph {
        if (number != null && number < 0) {
            throw new IllegalArgumentException("Paragraph number must be >= 0, was " + number);
        }
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
        checkInside(span, sentences);
    }

    /** The paragraph label used across stages: its number, or "" for an unnumbered paragraph. */
    public String label() {
        return number == null ? "" : number.toString();
    }

    static void checkInside(Span span, List<Sentence> sentences) {
        int previousEnd = span.start();
        for (Sentence s : sentences) {
            if (s.span().start() < previousEnd || s.span().end() > span.end()) {
                throw new IllegalArgumentException("Sentence " + s.span() + " is out of order or outside "
                        + span + " (previous sentence ended at " + previousEnd + ")");
            }
            previousEnd = s.span().end();
        }
    }
}
