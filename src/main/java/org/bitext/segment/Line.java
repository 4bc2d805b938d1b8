package org.bitext.segment;

/**
 * One non-blank input line: its trimmed content as offsets into the decoded source, the NFKC form of
 * short lines (used to classify them), its display width in columns, and what the scanner made of it.
 *
 * @param start        first non-space char of the line in the source
 * @param end          end of the line's content (trailing spaces excluded)
 * @param indent       leading white space in columns (a tab counts 4)
 * @param blankBefore  a blank line separates it from the previous non-blank line
 * @param key          NFKC form of the content when it is short enough to be page furniture, else null
 *                     (front-matter classification normalises longer lines on demand, see {@link Layout#key})
 * @param width        display width of the content (wide CJK characters count 2)
 * @param number       the paragraph number the line begins with ("12." or "１２．"), or -1
 * @param bodyStart    where the text after the number label starts (== start when there is no label)
 */
record Line(int start, int end, int indent, boolean blankBefore, String key, int width, int number,
        int bodyStart) {

    /** Lines wider than this (in columns) are never page furniture, so the scanner does not normalise them. */
    static final int KEY_LIMIT = 40;

    Line {
        if (start < 0 || end <= start || bodyStart < start || bodyStart > end) {
            throw new IllegalArgumentException("Bad line offsets start=" + start + " end=" + end
                    + " bodyStart=" + bodyStart);
        }
    }
}
