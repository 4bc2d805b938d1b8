package org.bitext.segment;

import java.util.List;
import java.util.Objects;
import org.bitext.text.Span;

/**
 * A front-matter block (letter title, letter paragraph, signature, header, title, place and date) with its
 * sentences, so that the aligner can pair front matter as well as the numbered body.
 */
public record Block(BlockKind kind, Span span, List<Sentence> sentences) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
        Paragraph.checkInside(span, sentences);
    }
}
