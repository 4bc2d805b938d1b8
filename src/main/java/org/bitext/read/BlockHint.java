package org.bitext.read;

import java.util.Objects;
import org.bitext.text.Span;

/** The role a document format gives to a span of the extracted text ({@code level}: heading depth, else 0). */
public record BlockHint(Span span, BlockRole role, int level) {

    public BlockHint {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(role, "role");
        if (level < 0) {
            throw new IllegalArgumentException("BlockHint level must be >= 0, was " + level);
        }
    }
}
