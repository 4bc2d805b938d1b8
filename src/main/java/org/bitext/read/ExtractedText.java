package org.bitext.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.bitext.text.TextLayout;

/**
 * What a reader of an input format hands to segmentation: the decoded text, its layout when the format
 * fixes it, and the roles the format states for some blocks. The PDF and Word readers give one block a line
 * ({@link TextLayout#PARAGRAPH_PER_LINE}: page furniture removed, hard wraps and page breaks joined,
 * hyphenation resolved), the body first and the footnotes after it; a plain-text file comes as decoded, with
 * a null layout (segmentation decides it from the text) and no hints. Offsets of spans are into
 * {@link #text()}.
 *
 * @param format {@code "txt"}, {@code "pdf"}, {@code "docx"}, {@code "doc"} …
 * @param layoutOrNull the layout the format fixes, or null to let segmentation detect it
 */
public record ExtractedText(Path file, String format, String text, TextLayout layoutOrNull, List<BlockHint> hints,
        List<String> warnings) {

    public ExtractedText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        hints = List.copyOf(hints);
        warnings = List.copyOf(warnings);
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("ExtractedText must have LF line ends only, found CR at "
                    + text.indexOf('\r'));
        }
        for (BlockHint h : hints) {
            if (h.span().end() > text.length()) {
                throw new IllegalArgumentException("BlockHint " + h + " ends past the text (" + text.length() + ")");
            }
        }
    }
}
