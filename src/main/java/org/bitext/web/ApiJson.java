package org.bitext.web;

import java.util.List;
import java.util.Locale;
import org.bitext.align.AlignedPair;
import org.bitext.format.JsonWriter;
import org.bitext.terms.TermPair;

/**
 * The JSON shapes of the web API other than search results, which are {@link org.bitext.format.SearchResultJson}'s (shared
 * with the CLI).
 */
final class ApiJson {

    private ApiJson() {
    }

    static String paragraph(String document, String paragraph, List<AlignedPair> units) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("document", document)
                .field("paragraph", paragraph)
                .name("units").beginArray();
        for (AlignedPair p : units) {
            w.beginObject()
                    .field("unit", p.unit())
                    .field("confidence", p.confidence())
                    .field("en", p.en())
                    .field("zh", p.zh())
                    .endObject();
        }
        return w.endArray().endObject().toJson();
    }

    static String terms(String query, boolean available, List<TermPair> terms) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("query", query)
                .field("available", available)
                .name("terms").beginArray();
        for (TermPair t : terms) {
            w.beginObject()
                    .field("zh", t.zh())
                    .field("en", t.en())
                    .field("kind", t.kind().name().toLowerCase(Locale.ROOT))
                    .field("frequency", t.frequency())
                    .field("score", t.score())
                    .field("method", t.method())
                    .name("examples").beginArray();
            for (String e : t.examples()) {
                w.value(e);
            }
            w.endArray().endObject();
        }
        return w.endArray().endObject().toJson();
    }

    static String health(boolean terms, long generation, String problemOrNull) {
        JsonWriter w = new JsonWriter().beginObject().field("status", problemOrNull == null ? "ok" : "stale")
                .field("terms", terms).field("generation", generation);
        if (problemOrNull != null) {
            w.field("error", "the index could not be refreshed: " + problemOrNull);
        }
        return w.endObject().toJson();
    }

    static String error(int status, String message) {
        return new JsonWriter().beginObject().field("status", status).field("error", message).endObject()
                .toJson();
    }
}
