package org.bitext.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bitext.text.IsoDates;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TextLayout;

/**
 * A segmented document: the cleaned, unwrapped text (page furniture removed, hard line breaks joined) and
 * its structure as spans into that text: front-matter blocks, then body paragraphs with their sentences.
 * Warnings name irregularities that were tolerated (a skipped or repeated paragraph number, say); the
 * layout is the one the text was read in (detected, fixed by the reader, or given by the user); footnote
 * reference marks taken out of the running text are kept with the offset where they stood; the symbol is
 * the UN document symbol read from the masthead ({@code CD/1937}), empty when there is none; the date is the masthead's date
 * as ISO {@code yyyy-mm-dd} ({@code 2012-08-24}), empty when there is none.
 */
public record Document(String id, Language language, String text, List<Block> frontMatter,
        List<Paragraph> paragraphs, List<String> warnings, TextLayout layout, List<FootnoteMark> footnoteMarks,
        String symbol, String date) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layout, "layout");
        footnoteMarks = List.copyOf(footnoteMarks);
        Objects.requireNonNull(symbol, "symbol");
        if (!IsoDates.isIsoOrEmpty(Objects.requireNonNull(date, "date"))) {
            throw new IllegalArgumentException("date must be yyyy-mm-dd or empty, was '" + date + "'");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        frontMatter = List.copyOf(frontMatter);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        int previousEnd = 0;
        List<Span> spans = new ArrayList<>();
        frontMatter.forEach(b -> spans.add(b.span()));
        paragraphs.forEach(p -> spans.add(p.span()));
        for (Span s : spans) {
            if (s.start() < previousEnd || s.end() > text.length()) {
                throw new IllegalArgumentException("Block/paragraph span " + s + " overlaps its predecessor"
                        + " (ending at " + previousEnd + ") or exceeds the text length " + text.length());
            }
            previousEnd = s.end();
        }
    }

    /** The text covered by {@code span}. */
    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The paragraph numbered {@code number}, or null when there is none. */
    public Paragraph paragraph(int number) {
        for (Paragraph p : paragraphs) {
            if (p.number() != null && p.number() == number) {
                return p;
            }
        }
        return null;
    }

    /** The sentences of a paragraph as strings, in order. */
    public List<String> sentenceTexts(Paragraph paragraph) {
        return paragraph.sentences().stream().map(s -> text(s.span())).toList();
    }

    /** The sentences of a front-matter block as strings, in order. */
    public List<String> sentenceTexts(Block block) {
        return block.sentences().stream().map(s -> text(s.span())).toList();
    }
}
