package org.bitext.format;

/**
 * A quoted JSON string literal, for writers that build JSON by hand (JSON Lines). A thin convenience over
 * {@link JsonWriter#escape}, so every JSON output of the project escapes the same way and keeps Chinese
 * readable.
 */
public final class Json {

    private Json() {
    }

    /** {@code s} as a quoted JSON string literal. */
    public static String string(String s) {
        return '"' + JsonWriter.escape(s) + '"';
    }
}
