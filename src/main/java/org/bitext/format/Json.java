package org.bitext.format;

import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * JSON string literals for the JSON Lines output. Unlike {@code StringEscapeUtils.escapeJson} it leaves
 * non-ASCII text as it is, so Chinese stays readable (and six times smaller) in the output; it escapes only
 * what JSON requires: the quote, the backslash and control characters.
 */
public final class Json {

    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\", "\n", "\\n", "\r", "\\r", "\t", "\\t",
                    "\b", "\\b", "\f", "\\f")),
            JavaUnicodeEscaper.below(0x20),
            // U+2028/2029 are valid JSON but break JavaScript readers of the file; escape them too.
            JavaUnicodeEscaper.between(0x2028, 0x2029));

    private Json() {
    }

    /** {@code s} as a quoted JSON string literal. */
    public static String string(String s) {
        return '"' + ESCAPE.translate(s) + '"';
    }
}
