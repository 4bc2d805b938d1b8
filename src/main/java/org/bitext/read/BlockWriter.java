package org.bitext.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.text.Span;
import org.bitext.text.TextLayout;

/**
 * Builds an {@link ExtractedText} one block a line: body blocks as they come, footnotes kept apart and
 * written after the body, each with its hints. A block's line breaks and other control characters become
 * spaces, runs of white space one space, so that one block is always exactly one line.
 */
final class BlockWriter {

    private final StringBuilder body = new StringBuilder();
    private final List<BlockHint> bodyHints = new ArrayList<>();
    private final StringBuilder notes = new StringBuilder();
    private final List<BlockHint> noteHints = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Adds a body block with an optional role for the whole block (null for none). */
    void block(String text, BlockRole roleOrNull, int level) {
        add(body, bodyHints, null, "", text, roleOrNull, level);
    }

    /** Adds a body block that opens with a displayed number ("1.", "(a)") marked NUMBER_LABEL. */
    void numbered(String label, String separator, String text, BlockRole roleOrNull, int level) {
        add(body, bodyHints, label, separator, text, roleOrNull, level);
    }

    /** Adds a footnote's text (its mark in front, as the page shows it). */
    void footnote(String text) {
        add(notes, noteHints, null, "", text, BlockRole.FOOTNOTE, 0);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    boolean isEmpty() {
        return body.isEmpty() && notes.isEmpty();
    }

    ExtractedText build(Path file, String format) {
        List<BlockHint> hints = new ArrayList<>(bodyHints);
        int shift = body.length();
        for (BlockHint h : noteHints) {
            hints.add(new BlockHint(new Span(h.span().start() + shift, h.span().end() + shift), h.role(), h.level()));
        }
        return new ExtractedText(file, format, body.toString() + notes, TextLayout.PARAGRAPH_PER_LINE, hints,
                warnings);
    }

    private static void add(StringBuilder out, List<BlockHint> hints, String labelOrNull, String separator,
            String text, BlockRole roleOrNull, int level) {
        String clean = oneLine(text);
        if (clean.isEmpty() && (labelOrNull == null || oneLine(labelOrNull).isEmpty())) {
            return; // an empty Word paragraph is spacing, not a block
        }
        int start = out.length();
        if (labelOrNull != null) {
            String label = oneLine(labelOrNull);
            if (!label.isEmpty()) {
                out.append(label);
                hints.add(new BlockHint(new Span(start, out.length()), BlockRole.NUMBER_LABEL, 0));
                // The separator after a number is Word's tab, a space, or nothing ("一、" runs into its text).
                out.append(separator.isEmpty() || clean.isEmpty() ? "" : separator.contains("\t") ? "\t" : " ");
            }
        }
        out.append(clean);
        if (roleOrNull != null) {
            hints.add(new BlockHint(new Span(start, out.length()), roleOrNull, level));
        }
        out.append('\n');
    }

    /** Control characters and line breaks become spaces; white space runs collapse; ends are trimmed. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '\u00AD';
            if (c == '\u00AD') {
                continue; // a soft hyphen is invisible unless the line breaks there
            }
            if (ws && c != '\u3000') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }
}
