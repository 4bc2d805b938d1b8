package org.bitext.text;

/**
 * How the lines of a text relate to its paragraphs. Segmentation decides it per document from the text
 * itself (line lengths against the typical right margin, how lines end, the rhythm of blank lines), reports
 * it, and lets the user override it ({@code --layout}); readers of PDF and Word files declare it, since
 * they hand over one block a line.
 */
public enum TextLayout {
    /** Lines wrapped at a right margin (text extracted from a PDF); short lines and indents end paragraphs. */
    HARD_WRAPPED("hard-wrapped"),
    /** Hard-wrapped with a blank line between most lines (some PDF extractions, the CD/1937 Chinese). */
    HARD_WRAPPED_SPACED("hard-wrapped, blank line between lines"),
    /** One paragraph a line (Word saved as text, and what the PDF and Word readers produce). */
    PARAGRAPH_PER_LINE("one paragraph a line"),
    /** Paragraphs separated by blank lines, each possibly over several lines (text saved from a web page). */
    BLANK_LINE_BLOCKS("blank-line separated blocks");

    private final String description;

    TextLayout(String description) {
        this.description = description;
    }

    /** Words for a report: {@code bitext segment} prints the layout it found. */
    public String description() {
        return description;
    }
}
