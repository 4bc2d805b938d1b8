package org.bitext.segment;

import java.util.Objects;
import org.bitext.text.Span;

/** One sentence, as a span into {@link Document#text()}; it never starts or ends with white space. */
public record Sentence(Span span) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("Sentence span must not be empty, was " + span);
        }
    }
}
