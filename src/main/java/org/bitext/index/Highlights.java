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
    /** The query's English words, reduced by the plural-only stemmer. */
    private final Set<String> queryWords = new java.util.HashSet<>();
    private boolean onlyStopWords = true;
    private boolean prefixQuery;

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
        for (List<QuerySyntax.Clause> group : parsed.groups()) {
            for (QuerySyntax.Clause c : group) {
                if (c.language() == Language.EN) {
                    for (String w : org.bitext.lexicon.EnglishWords.tokens(c.text())) {
                        queryWords.add(minimalStem(w));
                    }
                    onlyStopWords &= org.bitext.lexicon.EnglishWords.contentWords(c.text()).isEmpty();
                    prefixQuery |= c.prefix();
                }
            }
        }
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
        return new Both(spans(m, BitextAnalyzers.ZH), surfaceMatches(unit.en(),
                Concordance.merge(spans(m, BitextAnalyzers.EN), spans(m, BitextAnalyzers.EN_EXACT))));
    }

    /**
     * The English spans worth marking. Search matches on Porter stems (uses finds use), but a highlight must
     * show what matched: a one-word span is kept only when its surface word is a query word up to a plural
     * (Lucene's minimal stemmer: "uses" and "use" yes, "us" no), and not when it is a stop word of a query
     * that has content words ("of" in peaceful uses of nuclear energy). Phrase spans (several words) and
     * prefix queries (verif*) are kept as matched.
     */
    private List<Span> surfaceMatches(String en, List<Span> spans) {
        if (prefixQuery) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            String surface = sp.of(en);
            if (surface.indexOf(' ') >= 0) {
                out.add(sp);
                continue;
            }
            String lower = surface.toLowerCase(java.util.Locale.ROOT);
            boolean stop = org.bitext.lexicon.EnglishWords.isStopWord(lower);
            if ((!stop || onlyStopWords) && queryWords.contains(minimalStem(surface))) {
                out.add(sp);
            }
        }
        return out;
    }

    /** Lower case without a plural ending (uses, use; policies, policy), as EnglishMinimalStemmer does. */
    static String minimalStem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's' || w.charAt(n - 2) == 'u' || w.charAt(n - 2) == 's') {
            return w;
        }
        if (n > 3 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        return w.substring(0, n - 1);
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
