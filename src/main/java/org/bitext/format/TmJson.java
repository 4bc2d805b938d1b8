package org.bitext.format;

import java.util.List;
import java.util.Locale;
import org.bitext.index.DiffPart;
import org.bitext.index.TmMatch;
import org.bitext.index.TmResult;
import org.bitext.text.Span;

/**
 * The one JSON form of a translation-memory lookup, shared by {@code bitext lookup --format json} and
 * {@code /api/lookup}. Spans are {@code [start, end)} UTF-16 offsets (JavaScript string indices) into the
 * query ({@code diff[].query}), the matched source ({@code diff[].source}) and the suggested translation
 * ({@code adapted}).
 */
public final class TmJson {

    private TmJson() {
    }

    /**
     * {@code {query, language, note, matches:[{percent, document, level, paragraph, unit, confidence, source,
     * translation, suggested, adapted:[[s,e]…], notCarried, diff:[{kind, source, query}]}]}}; {@code language}
     * is zh, en or null, {@code note} says why there is no match (else null), {@code kind} is one of equal,
     * inserted, deleted, changed, placeable.
     */
    public static String toJson(TmResult r) {
        JsonWriter w = new JsonWriter();
        write(w, r);
        return w.toJson();
    }

    /** {@code {results:[…]}}, one object as {@link #toJson(TmResult)} per text, in order. */
    public static String toJson(List<TmResult> results) {
        JsonWriter w = new JsonWriter().beginObject().name("results").beginArray();
        for (TmResult r : results) {
            write(w, r);
        }
        return w.endArray().endObject().toJson();
    }

    private static void write(JsonWriter w, TmResult r) {
        w.beginObject().field("query", r.query())
                .field("language", r.language() == null ? null : r.language().code())
                .field("note", r.note())
                .name("matches").beginArray();
        for (TmMatch m : r.matches()) {
            w.beginObject()
                    .field("percent", m.percent())
                    .field("document", m.unit().document())
                    .field("level", m.unit().level().code())
                    .field("paragraph", m.unit().paragraph())
                    .field("unit", m.unit().unit())
                    .field("confidence", m.unit().confidence())
                    .field("source", m.source())
                    .field("translation", m.translation())
                    .field("suggested", m.suggested());
            w.name("adapted").beginArray();
            if (m.adaptation() != null) {
                for (Span s : m.adaptation().adapted()) {
                    span(w, s);
                }
            }
            w.endArray().field("notCarried", m.adaptation() == null ? 0 : m.adaptation().notCarried());
            w.name("diff").beginArray();
            for (DiffPart d : m.diff()) {
                w.beginObject().field("kind", d.kind().name().toLowerCase(Locale.ROOT));
                w.name("source");
                span(w, d.source());
                w.name("query");
                span(w, d.query());
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray().endObject();
    }

    private static void span(JsonWriter w, Span s) {
        if (s == null) {
            w.nullValue();
        } else {
            w.beginArray().value(s.start()).value(s.end()).endArray();
        }
    }
}
