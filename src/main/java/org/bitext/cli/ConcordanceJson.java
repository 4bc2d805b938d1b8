package org.bitext.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;
import org.bitext.index.Hit;
import org.bitext.index.SearchResult;
import org.bitext.index.Translation;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * The concordance as JSON: texts, highlight offsets ([start, end) in UTF-16 code units, i.e. JavaScript
 * string indices), scores and the translations summary.
 */
final class ConcordanceJson {

    /** JSON string escaping that keeps Chinese readable (Commons Text's escapeJson writes \\uXXXX for it). */
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\")),
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.below(32));

    private ConcordanceJson() {
    }

    static String toJson(SearchResult r) {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\"query\":").append(str(r.query()));
        b.append(",\"languages\":[");
        List<Language> langs = r.queryLanguages();
        for (int i = 0; i < langs.size(); i++) {
            b.append(i == 0 ? "" : ",").append(str(langs.get(i).code()));
        }
        b.append("],\"total\":").append(r.totalHits());
        b.append(",\"translations\":[");
        for (int i = 0; i < r.translations().size(); i++) {
            Translation t = r.translations().get(i);
            b.append(i == 0 ? "" : ",").append("{\"text\":").append(str(t.text())).append(",\"count\":")
                    .append(t.count()).append('}');
        }
        b.append("],\"hits\":[");
        for (int i = 0; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            b.append(i == 0 ? "" : ",").append('{');
            b.append("\"document\":").append(str(h.document()));
            b.append(",\"level\":").append(str(h.level().code()));
            b.append(",\"paragraph\":").append(str(h.paragraph()));
            b.append(",\"unit\":").append(h.unit());
            b.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.4f", h.confidence()));
            b.append(",\"score\":").append(String.format(Locale.ROOT, "%.4f", h.score()));
            b.append(",\"zh\":").append(str(h.zh()));
            b.append(",\"en\":").append(str(h.en()));
            b.append(",\"zh_highlights\":").append(spans(h.zhHighlights()));
            b.append(",\"en_highlights\":").append(spans(h.enHighlights()));
            b.append(",\"spotted\":").append(h.spotted() == null ? "null" : str(h.spotted()));
            b.append('}');
        }
        b.append("]}");
        return b.toString();
    }

    private static String spans(List<Span> spans) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < spans.size(); i++) {
            b.append(i == 0 ? "" : ",").append('[').append(spans.get(i).start()).append(',')
                    .append(spans.get(i).end()).append(']');
        }
        return b.append(']').toString();
    }

    private static String str(String s) {
        return '"' + ESCAPE.translate(s) + '"';
    }
}
