package org.bitext.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the body of a POST to the API: one flat JSON object whose values are strings (or null), which is all
 * the page sends. Anything else (nesting, numbers, trailing text, a duplicate or unterminated member) is a
 * 400 naming the position, never a partial read.
 */
final class JsonBody {

    private final String s;
    private int i;

    private JsonBody(String s) {
        this.s = s;
    }

    /** The members of the object; null values are left out. */
    static Map<String, String> parse(String body) {
        JsonBody p = new JsonBody(body);
        Map<String, String> out = new LinkedHashMap<>();
        p.skipSpace();
        p.expect('{');
        p.skipSpace();
        if (p.peek() == '}') {
            p.i++;
        } else {
            while (true) {
                p.skipSpace();
                String name = p.string();
                p.skipSpace();
                p.expect(':');
                p.skipSpace();
                String value;
                if (p.s.startsWith("null", p.i)) {
                    p.i += 4;
                    value = null;
                } else {
                    value = p.string();
                }
                if (out.containsKey(name)) {
                    throw p.bad("duplicate member '" + name + "'");
                }
                out.put(name, value);
                p.skipSpace();
                if (p.peek() == ',') {
                    p.i++;
                    continue;
                }
                p.expect('}');
                break;
            }
        }
        p.skipSpace();
        if (p.i != p.s.length()) {
            throw p.bad("text after the object");
        }
        out.values().removeIf(v -> v == null);
        return out;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw bad("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw bad("control character in a string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                throw bad("unterminated escape");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw bad("short \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException x) {
                        throw bad("bad \\u escape");
                    }
                    i += 4;
                }
                default -> throw bad("bad escape \\" + e);
            }
        }
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw bad("expected '" + c + "'");
        }
        i++;
    }

    private void skipSpace() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
    }

    private HttpError bad(String problem) {
        return HttpError.badRequest("request body is not a JSON object of strings: " + problem + " at character "
                + (i + 1));
    }
}
