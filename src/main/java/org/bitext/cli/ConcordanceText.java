package org.bitext.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Translation;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Prints a concordance for people: the translations summary, then each hit with the query and the spotted
 * translation marked, in ANSI colour on a terminal and with «…» otherwise.
 */
final class ConcordanceText extends PeopleText {

    private static final String QUERY_ON = "\u001b[1;33m";
    private static final String SPOT_ON = "\u001b[1;32m";

    ConcordanceText(PrintWriter out, boolean colour) {
        super(out, colour);
    }

    void print(SearchResult r, SearchRequest req) {
        String langs = r.queryLanguages().stream().map(Language::code).collect(Collectors.joining("+"));
        if (r.totalHits() == 0) {
            out.println("No " + req.level().code() + " units" + req.dates().describe() + " match " + r.query() + " (" + langs + ").");
            return;
        }
        if (!r.translations().isEmpty()) {
            out.println(r.query() + " → " + r.translations().stream()
                    .map(ConcordanceText::translation).collect(Collectors.joining(", ")));
        }
        int from = req.offset() + 1;
        int to = req.offset() + r.hits().size();
        out.println(String.format(Locale.ROOT, "%d %s units match (%s); showing %d-%d.", r.totalHits(),
                req.level().code(), langs, from, to));
        boolean zhFirst = r.queryLanguages().size() == 1 && r.queryLanguages().get(0) == Language.ZH;
        for (Hit h : r.hits()) {
            out.println();
            String where = String.format(Locale.ROOT, "%s  (alignment confidence %.2f)", h.reference(),
                    h.confidence());
            out.println(dim(where));
            boolean zhIsQuery = r.queryLanguages().contains(Language.ZH);
            boolean enIsQuery = r.queryLanguages().contains(Language.EN);
            String zh = "  zh  " + mark(h.zh(), h.zhHighlights(), zhIsQuery);
            String en = "  en  " + mark(h.en(), h.enHighlights(), enIsQuery);
            out.println(zhFirst ? zh : en);
            out.println(zhFirst ? en : zh);
        }
    }

    private static String translation(Translation t) {
        return t.text() + " ×" + t.count();
    }

    private String mark(String text, List<Span> spans, boolean isQuerySide) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) {
                continue;
            }
            b.append(text, at, s.start());
            if (colour) {
                b.append(isQuerySide ? QUERY_ON : SPOT_ON).append(text, s.start(), s.end()).append(OFF);
            } else {
                b.append('«').append(text, s.start(), s.end()).append('»');
            }
            at = s.end();
        }
        b.append(text, at, text.length());
        return b.toString();
    }
}
