package org.bitext.align;

import java.nio.file.Path;
import org.bitext.text.TextLayout;

/**
 * Options of document alignment.
 *
 * @param glossary      a user's glossary (zh TAB en per line) added to CC-CEDICT, or null
 * @param minConfidence beads below this confidence are marked for review in every output (0 = none)
 */
public record AlignOptions(Path glossary, double minConfidence, TextLayout layout) {

    /** Layouts detected per document. */
    public AlignOptions(Path glossary, double minConfidence) {
        this(glossary, minConfidence, null);
    }

    public AlignOptions {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("min confidence must be in [0,1], was " + minConfidence);
        }
    }

    /** CC-CEDICT only, nothing marked for review. */
    public static AlignOptions defaults() {
        return new AlignOptions(null, 0);
    }
}
