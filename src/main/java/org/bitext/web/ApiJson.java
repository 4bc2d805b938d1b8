package org.bitext.web;

import java.util.List;
import java.util.Locale;
import org.bitext.align.AlignedPair;
import org.bitext.format.JsonWriter;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Translation;
import org.bitext.terms.TermPair;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * The JSON shapes of the web API. Highlights are {@code [start, end)} pairs of UTF-16 offsets into the
 * texts sent alongside them, which is what JavaScript string indices count, so the page can mark them up
 * without re-tokenizing anything.
 */
final class ApiJson {

    private ApiJson() {
    }

    static String search(SearchRequest request, SearchResult result) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("query", result.query())
                .name("queryLanguages").beginArray();
        for (Language l : result.queryLanguages()) {
            w.value(l.name().toLowerCase(Locale.ROOT));
        }
        w.endArray()
                .field("level", request.level().code())
                .field("document", request.document())
                .field("offset", request.offset())
                .field("limit", request.limit())
                .field("total", result.totalHits())
                .name("translations").beginArray();
        for (Translation t : result.translations()) {
            w.beginObject().field("text", t.text()).field("count", t.count()).endObject();
        }
        w.endArray().name("hits").beginArray();
        for (Hit h : result.hits()) {
            w.beginObject()
                    .field("document", h.document())
                    .field("level", h.level().code())
                    .field("paragraph", h.paragraph())
                    .field("unit", h.unit())
                    .field("confidence", h.confidence())
                    .field("score", Double.parseDouble(Float.toString(h.score())))
                    .field("en", h.en())
                    .field("zh", h.zh())
                    .field("spotted", h.spotted());
            spans(w.name("enHighlights"), h.enHighlights());
            spans(w.name("zhHighlights"), h.zhHighlights());
            w.endObject();
        }
        return w.endArray().endObject().toJson();
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

    static String health(boolean terms) {
        return new JsonWriter().beginObject().field("status", "ok").field("terms", terms).endObject().toJson();
    }

    static String error(int status, String message) {
        return new JsonWriter().beginObject().field("status", status).field("error", message).endObject()
                .toJson();
    }

    private static void spans(JsonWriter w, List<Span> spans) {
        w.beginArray();
        for (Span s : spans) {
            w.beginArray().value(s.start()).value(s.end()).endArray();
        }
        w.endArray();
    }
}
