package org.bitext.read;

/** What a document format says a block is, where it says it (a Word style, a PDF font or page zone). */
public enum BlockRole {
    /** A heading: a Word heading style, or a PDF line set apart by size, weight or centring. */
    HEADING,
    /** A footnote's text, kept apart from the running text; it follows the body in the extracted text. */
    FOOTNOTE,
    /** One cell of a table, in reading order. */
    TABLE_CELL,
    /**
     * A number that the format displays but the text does not hold (Word's automatic numbering), inserted
     * in front of its paragraph so that segmentation sees what the reader of the page sees.
     */
    NUMBER_LABEL
}
