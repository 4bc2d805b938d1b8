package org.bitext.segment;

import java.util.Objects;

/**
 * A footnote reference mark taken out of the running text ("Secretary-General,1", "报告，¹") so that
 * sentences read and align without it, and kept here: where it stood and what it said.
 *
 * @param offset where the mark stood in the document's cleaned text (it was removed just before this offset)
 * @param label  the mark as printed ("1", "¹²")
 */
public record FootnoteMark(int offset, String label) {

    public FootnoteMark {
        Objects.requireNonNull(label, "label");
        if (offset < 0 || label.isEmpty()) {
            throw new IllegalArgumentException("Bad footnote mark '" + label + "' at " + offset);
        }
    }
}
