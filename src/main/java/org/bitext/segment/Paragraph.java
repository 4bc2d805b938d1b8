package org.bitext.segment;

import java.util.List;
import java.util.Objects;
import org.bitext.text.Span;

/**
 * A body paragraph: its number (1, 2, ... as printed; restarting in each article or annex) or null for an
 * unnumbered paragraph, its span (the paragraph text without the number label), its sentences in order,
 * its structural kind and its structural address.
 *
 * @param address where the paragraph stands in the document, in one notation for both languages so that
 *                the two versions of a paragraph carry the same address: {@code "¶3"}, {@code "art. 17 ¶2"},
 *                {@code "¶3 (a)(ii)"}, {@code "pp. 4"} (the fourth preambular paragraph), {@code "art. 17"}
 *                (an article heading, or an unnumbered paragraph in that article), {@code "annex II ¶1"},
 *                {@code "I.A"} (a section heading); empty when the document gives none
 */
public record Paragraph(Integer number, Span span, List<Sentence> sentences, StructureKind kind, String address) {

    public Paragraph {
        if (number != null && number < 0) {
            throw new IllegalArgumentException("Paragraph number must be >= 0, was " + number);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        sentences = List.copyOf(sentences);
        checkInside(span, sentences);
    }

    /** A plain numbered ({@code "¶N"}) or unnumbered paragraph of running text. */
    public Paragraph(Integer number, Span span, List<Sentence> sentences) {
        this(number, span, sentences, number == null ? StructureKind.TEXT : StructureKind.NUMBERED,
                number == null ? "" : "¶" + number);
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
