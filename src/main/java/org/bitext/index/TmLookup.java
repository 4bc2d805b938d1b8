package org.bitext.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.bitext.align.AlignedPair;
import org.bitext.text.Language;

/**
 * Translation-memory lookup on one searcher: candidates from the index ({@link TmCandidates}), each scored
 * exactly ({@link TmScorer}), the best shown. {@link #exhaustive} scores every unit instead: the reference
 * the candidate stage is measured against (recall test and {@code bitext bench lookup}).
 */
final class TmLookup {

    /**
     * Distinct candidates scored exactly per lookup (at least; ten per match asked for beyond that). Measured
     * on edited queries against the exhaustive scan: see {@code bitext bench lookup} and the index notes.
     */
    static final int CANDIDATES = 50;

    /** Best first; equal scores by source, translation and place, so the order never depends on the index. */
    static final Comparator<TmMatch> ORDER = Comparator.comparingDouble((TmMatch m) -> -m.score())
            .thenComparing(TmMatch::source).thenComparing(TmMatch::translation)
            .thenComparing(m -> m.unit().document()).thenComparing(m -> m.unit().paragraph())
            .thenComparingInt(m -> m.unit().unit());

    private TmLookup() {
    }

    static TmResult lookup(IndexSearcher searcher, TmRequest req) throws IOException {
        return run(searcher, req, Math.max(CANDIDATES, 10 * req.limit()));
    }

    /** The lookup with another number of candidates (the recall test makes the stage work on a small corpus). */
    static TmResult lookup(IndexSearcher searcher, TmRequest req, int candidates) throws IOException {
        return run(searcher, req, candidates);
    }

    /** The same lookup scoring every unit of the level (and document): slow, for measuring recall. */
    static TmResult exhaustive(IndexSearcher searcher, TmRequest req) throws IOException {
        return run(searcher, req, -1);
    }

    /** {@code candidates} < 0: score every unit. */
    private static TmResult run(IndexSearcher searcher, TmRequest req, int candidates) throws IOException {
        String text = req.text();
        if (text.isBlank()) {
            return new TmResult(text, null, List.of(), "empty text: nothing to look up");
        }
        if (text.length() > TmRequest.MAX_LENGTH) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "text of %,d characters is too long to"
                    + " look up (at most %,d: one sentence or paragraph; for a document use lookup --file)",
                    text.length(), TmRequest.MAX_LENGTH));
        }
        Language lang = TmText.detect(text);
        if (lang == null) {
            return new TmResult(text, null, List.of(), "neither English nor Chinese (no Latin letter or Han"
                    + " character): nothing to look up");
        }
        TmText query = TmText.of(text, lang);
        TmScorer scorer = new TmScorer(query, req.min());
        List<TmMatch> matches = new ArrayList<>();
        if (candidates < 0) {
            scanAll(searcher, req, scorer, matches);
        } else {
            Query q = TmCandidates.query(searcher.getIndexReader(), text, lang, req.level(), req.document(),
                    req.dates());
            if (q != null) {
                StoredFields stored = searcher.storedFields();
                for (int doc : TmCandidates.top(searcher, q, candidates, lang,
                        TmCandidates.lengthRange(query.size(), req.min()))) {
                    TmMatch m = scorer.score(UnitFields.read(stored, doc));
                    if (m != null) {
                        matches.add(m);
                    }
                }
            }
        }
        matches.sort(ORDER);
        List<TmMatch> shown = matches.subList(0, Math.min(req.limit(), matches.size()));
        String note = shown.isEmpty() ? String.format(Locale.ROOT, "no %s unit%s matches %d %% or more",
                req.level().code(), (req.document() == null ? "" : " of " + req.document()) + req.dates().describe(),
                req.min()) : null;
        return new TmResult(text, lang, shown, note);
    }

    /** Scores every unit, keeping the first unit (in index order) of each distinct pair, as the candidates do. */
    private static void scanAll(IndexSearcher searcher, TmRequest req, TmScorer scorer, List<TmMatch> out)
            throws IOException {
        Query q = new TermQuery(new Term(UnitFields.LEVEL, req.level().code()));
        if (req.document() != null) {
            q = new BooleanQuery.Builder().add(q, Occur.FILTER)
                    .add(new TermQuery(new Term(UnitFields.DOCUMENT, req.document())), Occur.FILTER).build();
        }
        if (!req.dates().isAll()) {
            q = new BooleanQuery.Builder().add(q, Occur.FILTER).add(req.dates().query(), Occur.FILTER).build();
        }
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Set<String> seen = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                AlignedPair u = UnitFields.read(stored, doc);
                if (seen.add(u.en() + '\u0000' + u.zh())) {
                    TmMatch m = scorer.score(u);
                    if (m != null) {
                        out.add(m);
                    }
                }
            }
        }
    }
}
