package org.bitext.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.terms.TermTable;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TraditionalChinese;

/**
 * Runs one concordance search on a searcher: matching units, the query highlighted on its side (from
 * Lucene's Matches API over the re-analysed shown hits, see {@link Highlights}), the translation spotted
 * on the other side, and the translations summary over the top hits.
 */
final class Concordance {

    /**
     * Top hits the translations summary and the spotting statistics are computed over (at least; the page
     * shown is always included). Thirty contexts show a term's usual translations; more cost latency.
     */
    static final int SAMPLE = 30;

    private Concordance() {
    }

    static SearchResult search(IndexSearcher searcher, Optional<TermTable> table, TranslationDictionary dictionary,
                               Map<String, Long> statsCache, SearchRequest req) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(req.query());
        Query query = QueryBuilder.build(parsed, req.level(), req.document(), req.dates());
        int want = Math.max(req.offset() + req.limit(), SAMPLE);
        TopDocs top = searcher.search(query, want);
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                : searcher.count(query);
        Set<Language> langs = EnumSet.noneOf(Language.class);
        parsed.positive().forEach(c -> langs.add(c.language()));

        Highlights highlights = new Highlights(parsed, langs);
        StoredFields stored = searcher.storedFields();
        int n = top.scoreDocs.length;
        List<AlignedPair> units = new ArrayList<>(n);
        List<List<Span>> zhHi = new ArrayList<>(n);
        List<List<Span>> enHi = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            AlignedPair unit = UnitFields.read(stored, sd.doc);
            units.add(unit);
            if (i < req.offset() || i >= req.offset() + req.limit()) {
                // Only the page shown is highlighted; the rest of the sample serves spotting and the summary.
                zhHi.add(List.of());
                enHi.add(List.of());
                continue;
            }
            Highlights.Both h = highlights.of(unit);
            zhHi.add(h.zh());
            enHi.add(h.en());
        }

        List<Spotter.Spot> spots = new ArrayList<>();
        List<Counterpart> cps = List.of();
        Language queryLang = langs.size() == 1 ? langs.iterator().next() : null;
        if (queryLang != null && n > 0) {
            Language other = queryLang == Language.ZH ? Language.EN : Language.ZH;
            cps = units.stream()
                    .map(u -> new Counterpart(other, other == Language.ZH ? u.zh() : u.en())).toList();
            // Evidence for the statistics: the sentence-level hits (translation pairs associate most sharply
            // in the smallest aligned units), with quoted phrases relaxed (an exact phrase may match few units;
            // its inflected forms have the same translation).
            List<Counterpart> evidence = cps;
            if (parsed.hasQuoted() || req.level() != Level.SENTENCE) {
                Query relaxed = QueryBuilder.build(parsed.relaxed(), Level.SENTENCE, req.document(), req.dates());
                evidence = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(relaxed, SAMPLE).scoreDocs) {
                    AlignedPair u = UnitFields.read(stored, sd.doc);
                    evidence.add(new Counterpart(other, other == Language.ZH ? u.zh() : u.en()));
                }
            }
            spots = new Spotter(table, dictionary, new IndexStatistics(searcher, statsCache))
                    .spot(queryLang, queryKey(parsed, queryLang), cps, evidence);
        }

        List<Hit> hits = new ArrayList<>();
        for (int i = req.offset(); i < Math.min(n, req.offset() + req.limit()); i++) {
            AlignedPair u = units.get(i);
            Spotter.Spot s = spots.isEmpty() ? null : spots.get(i);
            List<Span> zh = zhHi.get(i);
            List<Span> en = enHi.get(i);
            if (s != null) {
                // Every occurrence of the spotted translation is marked, as every match of the query is.
                List<Span> all = merge(List.of(s.span()), cps.get(i).findAll(s.text()));
                if (queryLang == Language.ZH) {
                    en = merge(en, all);
                } else {
                    zh = merge(zh, all);
                }
            }
            hits.add(new Hit(u.document(), u.level(), u.paragraph(), u.unit(), u.confidence(),
                    top.scoreDocs[i].score, u.en(), u.zh(), en, zh, s == null ? null : s.text(), u.address(), u.symbol()));
        }
        return new SearchResult(req.query(), List.copyOf(langs), total, hits, summary(spots));
    }

    /** The query's positive text in its language, as spotting looks it up (Chinese Simplified, no spaces). */
    static String queryKey(QuerySyntax.Parsed parsed, Language lang) {
        String joined = parsed.positive().stream().filter(c -> c.language() == lang)
                .map(QuerySyntax.Clause::text).collect(Collectors.joining(lang == Language.ZH ? "" : " "));
        return lang == Language.ZH ? TraditionalChinese.simplify(joined).replaceAll("\\s+", "") : joined;
    }

    /** Distinct spotted translations with counts, most frequent first; variants differing in case are one. */
    static List<Translation> summary(List<Spotter.Spot> spots) {
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Spotter.Spot s : spots) {
            if (s == null || s.text().isBlank()) {
                continue;
            }
            String key = TraditionalChinese.simplify(s.text()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            display.putIfAbsent(key, s.text().replaceAll("\\s+", " "));
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Translation(display.get(e.getKey()), e.getValue())).toList();
    }

    /** Sorted union of two span lists, overlapping or touching spans merged. */
    static List<Span> merge(List<Span> a, List<Span> b) {
        List<Span> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
