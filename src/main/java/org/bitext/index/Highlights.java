package org.bitext.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.bitext.align.AlignedPair;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Highlight spans of the query in one shown hit. The index keeps no offsets in its postings (they were a
 * large share of the indexing cost), so the hit's stored texts are re-analysed with the index's own
 * analyzers into a one-document {@link MemoryIndex} that does keep offsets, and the query's Matches are
 * taken there: the same terms, phrases and prefixes match as in the index, with exact offsets.
 */
final class Highlights {

    /** The index's analysis, but every Chinese unigram kept, so a lone character matches (and marks) itself. */
    private static final Analyzer ANALYZER = BitextAnalyzers.forHighlighting();

    private final Query query;
    private final boolean zh;
    private final boolean en;
    private final MemoryIndex memory = new MemoryIndex(true, false);

    /** Spans of one hit on each side. */
    record Both(List<Span> zh, List<Span> en) {
    }

    /**
     * @param parsed the query; its positive clauses are highlighted (exclusions and filters match nothing
     *               that could be shown)
     * @param langs  the languages of the positive clauses (only those sides are re-analysed)
     */
    Highlights(QuerySyntax.Parsed parsed, Set<Language> langs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<QuerySyntax.Clause> group : parsed.groups()) {
            for (QuerySyntax.Clause c : group) {
                b.add(QueryBuilder.clause(c, false), Occur.SHOULD);
            }
        }
        this.query = b.build();
        this.zh = langs.contains(Language.ZH);
        this.en = langs.contains(Language.EN);
    }

    Both of(AlignedPair unit) throws IOException {
        memory.reset();
        if (zh) {
            memory.addField(BitextAnalyzers.ZH, unit.zh(), ANALYZER);
        }
        if (en) {
            memory.addField(BitextAnalyzers.EN, unit.en(), ANALYZER);
            memory.addField(BitextAnalyzers.EN_EXACT, unit.en(), ANALYZER);
        }
        IndexSearcher s = memory.createSearcher();
        Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Matches m = w.matches(s.getIndexReader().leaves().get(0), 0);
        return new Both(spans(m, BitextAnalyzers.ZH),
                Concordance.merge(spans(m, BitextAnalyzers.EN), spans(m, BitextAnalyzers.EN_EXACT)));
    }

    private static List<Span> spans(Matches m, String field) throws IOException {
        List<Span> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        MatchesIterator it = m.getMatches(field);
        if (it == null) {
            return out;
        }
        while (it.next()) {
            if (it.startOffset() >= 0 && it.endOffset() >= it.startOffset()) {
                out.add(new Span(it.startOffset(), it.endOffset()));
            }
        }
        return out;
    }
}
