package org.bitext.align;

import java.util.List;
import java.util.Objects;
import org.bitext.segment.BlockKind;
import org.bitext.segment.Sentence;
import org.bitext.segment.StructureKind;
import org.bitext.text.Span;

/**
 * One unit of paragraph alignment: a front-matter block or a body paragraph of a segmented document.
 *
 * @param label     "0" for front matter, the paragraph number, or "u" + ordinal for an unnumbered paragraph
 * @param kind      the front-matter kind, null for a body paragraph
 * @param number    the paragraph number, null for front matter and unnumbered paragraphs
 * @param span      the unit's span in its document's text
 * @param sentences the unit's sentences
 * @param structure the body paragraph's structural kind, null for front matter
 * @param address   the body paragraph's structural address ({@code "art. 17 ¶2"}), empty for front matter
 */
public record AlignUnit(String label, BlockKind kind, Integer number, Span span, List<Sentence> sentences,
        StructureKind structure, String address) {

    public AlignUnit {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
    }
}
