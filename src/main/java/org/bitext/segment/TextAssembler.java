package org.bitext.segment;

import java.util.List;
import org.bitext.text.LineJoiner;
import org.bitext.text.Span;

/**
 * Builds the cleaned text of a {@link Document}: joins hard-wrapped lines (no space between CJK
 * characters, one space between Latin words, soft hyphens removed, compound hyphens kept) and returns the
 * span of every piece it appends. How a line break is joined is {@link LineJoiner}'s rule, shared with the
 * PDF and Word readers.
 */
final class TextAssembler {

    private final String source;
    private final StringBuilder out;
    private final boolean sourceHasTabs;
    private final LineJoiner joiner;

    TextAssembler(String source, boolean cjk) {
        this.source = source;
        this.joiner = new LineJoiner(source, cjk);
        this.out = new StringBuilder(source.length() + 16);
        this.sourceHasTabs = source.indexOf('\t') >= 0;
    }

    /** Appends a separator between pieces (a blank line, or a label and a space); returns nothing to index. */
    void appendRaw(String s) {
        out.append(s);
    }

    /** Appends source text {@code [start, end)} verbatim and returns its span in the output. */
    Span appendVerbatim(int start, int end) {
        int s = out.length();
        out.append(source, start, end);
        return new Span(s, out.length());
    }

    /**
     * Appends the unwrapped text of {@code lines} (the first one from {@code firstStart}); with
     * {@code lineBreaksAreSpaces} every line break becomes one space (signature and header blocks, whose
     * lines are separate items rather than a wrapped paragraph).
     */
    Span appendJoined(List<Line> lines, int firstStart, boolean lineBreaksAreSpaces) {
        int s = out.length();
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            int from = k == 0 ? firstStart : line.start();
            if (from >= line.end()) {
                continue;
            }
            if (out.length() > s) {
                if (lineBreaksAreSpaces) {
                    out.append(' ');
                } else {
                    joiner.joinBreak(out, from);
                }
            }
            appendLine(from, line.end());
        }
        return new Span(s, out.length());
    }

    /** Copies a line; a tab inside it (after "(a)", in a table) becomes one space in the cleaned text. */
    private void appendLine(int from, int end) {
        int start = out.length();
        out.append(source, from, end);
        if (!sourceHasTabs) {
            return;
        }
        // Only this line is searched: a document-wide indexOf per line would make large files quadratic.
        for (int i = start; i < out.length(); i++) {
            if (out.charAt(i) == '\t') {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** The text assembled so far (live view; sentence splitting reads it in place). */
    CharSequence buffer() {
        return out;
    }

    String source() {
        return source;
    }

    String text() {
        return out.toString();
    }

    int length() {
        return out.length();
    }

}
