package org.bitext.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded parameters of a request's query string. Malformed percent-encoding and repeated parameters
 * are refused with 400 rather than guessed at, so a URL means one thing.
 */
final class QueryParams {

    /** Longest query accepted from the web page, in code points (the facade accepts more). */
    static final int MAX_QUERY_CODE_POINTS = 500;

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    static QueryParams parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String part : rawQuery.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = decode(eq < 0 ? part : part.substring(0, eq));
                String value = eq < 0 ? "" : decode(part.substring(eq + 1));
                if (values.putIfAbsent(name, value) != null) {
                    throw HttpError.badRequest("parameter '" + name + "' is given more than once");
                }
            }
        }
        return new QueryParams(values);
    }

    /**
     * Decodes one percent-encoded component ({@code +} is a space, as browsers send forms). A bad escape
     * ({@code %zz}, a lone {@code %}) or bytes that are not UTF-8 ({@code %E4} alone) are refused, not
     * replaced by U+FFFD as {@link java.net.URLDecoder} would.
     */
    static String decode(String component) {
        if (component.indexOf('%') < 0) {
            return component.replace('+', ' ');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); ) {
            char c = component.charAt(i);
            if (c == '%') {
                int hi = i + 2 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(component.charAt(i + 2), 16);
                if (lo < 0) {
                    throw HttpError.badRequest("malformed percent-encoding in the URL at character " + i);
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = component.codePointAt(i);
                byte[] b = String.valueOf(Character.toChars(cp == '+' ? ' ' : cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("percent-encoded bytes in the URL are not UTF-8");
        }
    }

    Optional<String> get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** A required query text, at most {@value #MAX_QUERY_CODE_POINTS} code points. */
    String query(String name) {
        String q = get(name).orElseThrow(() -> HttpError.badRequest("parameter '" + name + "' is required"));
        int codePoints = q.codePointCount(0, q.length());
        if (codePoints > MAX_QUERY_CODE_POINTS) {
            throw HttpError.badRequest("query is too long: " + codePoints + " characters (at most "
                    + MAX_QUERY_CODE_POINTS + ")");
        }
        return q;
    }

    int intValue(String name, int defaultValue, int min, int max) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be a whole number");
        }
        if (n < min || n > max) {
            throw HttpError.badRequest("parameter '" + name + "' must be in " + min + ".." + max + ", was " + n);
        }
        return n;
    }
}
