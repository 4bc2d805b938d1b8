package org.bitext.format;

import java.util.List;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Translation;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * The one JSON form of a concordance search, shared by {@code bitext search --format json} and
 * {@code /api/search} so scripts and the web page read the same fields. Highlights are {@code [start, end)}
 * pairs of UTF-16 offsets into the texts sent alongside them, which is what JavaScript string indices count.
 */
public final class SearchResultJson {

    private SearchResultJson() {
    }

    /**
     * {@code {query, queryLanguages, level, document, offset, limit, total, translations:[{text, count}],
     * hits:[{document, level, paragraph, unit, confidence, score, en, zh, spotted, enHighlights,
     * zhHighlights}]}}.
     */
    public static String toJson(SearchRequest request, SearchResult result) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("query", result.query())
                .name("queryLanguages").beginArray();
        for (Language l : result.queryLanguages()) {
            w.value(l.code());
        }
        w.endArray()
                .field("level", request.level().code())
                .field("document", request.document())
                .field("from", request.dates().from() == null ? null : request.dates().from().toString())
                .field("to", request.dates().to() == null ? null : request.dates().to().toString())
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
                    .field("address", h.address())
                    .field("symbol", h.symbol())
                    .field("unit", h.unit())
                    .field("confidence", h.confidence())
                    // The float score printed as its shortest float form, not widened to 0.30000001192...
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

    private static void spans(JsonWriter w, List<Span> spans) {
        w.beginArray();
        for (Span s : spans) {
            w.beginArray().value(s.start()).value(s.end()).endArray();
        }
        w.endArray();
    }
}
