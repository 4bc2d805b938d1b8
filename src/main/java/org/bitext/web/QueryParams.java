package org.bitext.web;

import java.net.URLDecoder;
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

    /** Decodes one percent-encoded component ({@code +} is a space, as browsers send forms). */
    static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed percent-encoding in the URL");
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
