package org.bitext.index;

/** One distinct spotted counterpart of the query across the hits, and how often it was seen. */
public record Translation(String text, int count) {
    public Translation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("translation text must not be blank, was '" + text + "'");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
    }
}
