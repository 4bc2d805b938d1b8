package org.bitext.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * A small streaming JSON writer (objects, arrays, strings, numbers, booleans, null) for the web API and
 * JSONL output. It exists because the project has no JSON library and needs only writing; escaping is
 * delegated to Commons Text translators.
 *
 * <p>Strings keep Chinese and other non-ASCII text as UTF-8 (readable with curl), but escape what could
 * break a parser or a page that embeds the JSON: quotes, backslash, control characters, U+2028/U+2029,
 * unpaired surrogates, and {@code < > &} (so no {@code </script>} can ever appear in the output).
 * Misuse (a value where a name is expected, unbalanced ends) throws {@link IllegalStateException}.
 */
public final class JsonWriter {

    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of(
                    "\"", "\\\"",
                    "\\", "\\\\")),
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.between(0x00, 0x1f),
            JavaUnicodeEscaper.between('<', '<'),
            JavaUnicodeEscaper.between('>', '>'),
            JavaUnicodeEscaper.between('&', '&'),
            JavaUnicodeEscaper.between(0x2028, 0x2029),
            // A lone surrogate cannot be encoded in UTF-8; as an escape the JSON stays valid and lossless.
            JavaUnicodeEscaper.between(Character.MIN_SURROGATE, Character.MAX_SURROGATE));

    private enum Scope { OBJECT, ARRAY }

    private final StringBuilder out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    /** Whether the current container already holds an element (so the next needs a comma). */
    private final Deque<Boolean> nonEmpty = new ArrayDeque<>();
    private boolean afterName;
    private boolean done;

    public JsonWriter() {
        this(new StringBuilder());
    }

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    /** Escapes {@code s} as the inside of a JSON string literal (without the quotes). */
    public static String escape(CharSequence s) {
        return ESCAPE.translate(s);
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        scopes.push(Scope.OBJECT);
        nonEmpty.push(false);
        return this;
    }

    public JsonWriter endObject() {
        end(Scope.OBJECT, '}');
        return this;
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        scopes.push(Scope.ARRAY);
        nonEmpty.push(false);
        return this;
    }

    public JsonWriter endArray() {
        end(Scope.ARRAY, ']');
        return this;
    }

    /** Writes a member name; the next call must write its value. */
    public JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT || afterName) {
            throw new IllegalStateException("a name is only allowed directly inside an object: " + name);
        }
        comma();
        out.append('"').append(escape(name)).append("\":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        out.append('"').append(escape(s)).append('"');
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    /** Writes a finite double; NaN and infinities have no JSON form and are written as null. */
    public JsonWriter value(double d) {
        if (!Double.isFinite(d)) {
            return nullValue();
        }
        beforeValue();
        out.append(d);
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Shorthand for {@code name(name).value(value)}. */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, double value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** The finished document; throws if a container is still open. */
    public String toJson() {
        if (!scopes.isEmpty() || afterName) {
            throw new IllegalStateException("unfinished JSON: " + scopes.size() + " open container(s)");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (scopes.isEmpty()) {
            if (done) {
                throw new IllegalStateException("a JSON document has only one top-level value");
            }
            done = true;
            return;
        }
        if (scopes.peek() == Scope.OBJECT) {
            if (!afterName) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            afterName = false;
            return;
        }
        comma();
    }

    private void comma() {
        if (nonEmpty.pop()) {
            out.append(',');
        }
        nonEmpty.push(true);
    }

    private void end(Scope scope, char close) {
        if (scopes.peek() != scope || afterName) {
            throw new IllegalStateException("cannot close " + scope + " here");
        }
        scopes.pop();
        nonEmpty.pop();
        out.append(close);
    }
}
