package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bitext.align.Level;
import org.bitext.text.Language;

/**
 * Turns a {@link QuerySyntax.Parsed} query into a Lucene query over the unit fields. Chinese text becomes a
 * phrase of the same bigrams the index holds (at the index's own positions, so a contiguous string
 * matches whatever the segmentation); English words match the stemmed field, quoted phrases and prefixes
 * the unstemmed one.
 */
final class QueryBuilder {

    private static final Analyzer ZH_ALL = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.ALL);
    private static final Analyzer EN = BitextAnalyzers.english();
    private static final Analyzer EN_EXACT = BitextAnalyzers.englishExact();

    private QueryBuilder() {
    }

    /** The whole query, restricted to units of {@code level} (and of {@code document} when not null). */
    static Query build(QuerySyntax.Parsed parsed, Level level, String document, DateRange dates) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (List<QuerySyntax.Clause> group : parsed.groups()) {
            Query g;
            if (group.size() == 1) {
                g = clause(group.get(0));
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                for (QuerySyntax.Clause c : group) {
                    or.add(clause(c), Occur.SHOULD);
                }
                or.setMinimumNumberShouldMatch(1);
                g = or.build();
            }
            b.add(g, Occur.MUST);
            any = true;
        }
        // Unquoted English words that stand together in the query rank higher where they stand together in
        // the unit: the exact phrase (peaceful uses of nuclear energy) above the same words scattered.
        List<String> words = new java.util.ArrayList<>();
        for (List<QuerySyntax.Clause> group : parsed.groups()) {
            QuerySyntax.Clause c = group.get(0);
            if (group.size() == 1 && c.language() == Language.EN && !c.quoted() && !c.prefix()) {
                words.add(c.text());
            }
        }
        if (words.size() >= 2) {
            List<Tok> toks = analyze(EN_EXACT, BitextAnalyzers.EN_EXACT, String.join(" ", words));
            if (toks.size() >= 2) {
                b.add(new org.apache.lucene.search.BoostQuery(phrase(BitextAnalyzers.EN_EXACT, toks), 4f), Occur.SHOULD);
            }
        }
        for (QuerySyntax.Clause c : parsed.excluded()) {
            b.add(clause(c), Occur.MUST_NOT);
        }
        if (!any) {
            return new MatchNoDocsQuery("no positive clause");
        }
        b.add(new TermQuery(new Term(UnitFields.LEVEL, level.code())), Occur.FILTER);
        if (document != null) {
            b.add(new TermQuery(new Term(UnitFields.DOCUMENT, document)), Occur.FILTER);
        }
        if (!dates.isAll()) {
            b.add(dates.query(), Occur.FILTER);
        }
        return b.build();
    }

    /** One clause over the index. */
    static Query clause(QuerySyntax.Clause c) {
        return clause(c, true);
    }

    /**
     * @param forIndex true: over the index, which keeps Chinese unigrams only at the end of each run; false: over a
     *                 text re-analysed with every unigram (highlighting a hit)
     */
    static Query clause(QuerySyntax.Clause c, boolean forIndex) {
        if (c.language() == Language.ZH) {
            return chinese(c.text(), forIndex);
        }
        if (c.prefix()) {
            List<Tok> toks = analyze(EN_EXACT, BitextAnalyzers.EN_EXACT, c.text());
            if (toks.isEmpty()) {
                return new MatchNoDocsQuery("nothing to search in '" + c.text() + "'");
            }
            Query last = new PrefixQuery(new Term(BitextAnalyzers.EN_EXACT, toks.get(toks.size() - 1).term));
            if (toks.size() == 1) {
                return last;
            }
            return new BooleanQuery.Builder()
                    .add(phrase(BitextAnalyzers.EN_EXACT, toks.subList(0, toks.size() - 1)), Occur.MUST)
                    .add(last, Occur.MUST).build();
        }
        List<Tok> stems = c.quoted() ? List.of() : analyze(EN, BitextAnalyzers.EN, c.text());
        if (!stems.isEmpty()) {
            return phrase(BitextAnalyzers.EN, stems);
        }
        // Quoted, or only stop words ("not", "to be or not to be"): the exact field has them, the stemmed not.
        return phrase(BitextAnalyzers.EN_EXACT, analyze(EN_EXACT, BitextAnalyzers.EN_EXACT, c.text()));
    }

    /** A Chinese string over the index (see {@link #chinese(String, boolean)}). */
    static Query chinese(String text) {
        return chinese(text, true);
    }

    /**
     * A Chinese string as a phrase over bigrams: the text is analysed with every unigram; we keep the bigrams,
     * plus unigrams not covered by a bigram (a lone character) and non-CJK tokens, all at the positions the
     * index gives them. The index keeps a unigram only at the end of a run of Han characters
     * ({@link RunEndUnigramFilter}), so a lone character that ends the query (a one-character query, or one
     * after digits or Latin: {@code 2014年}) is found as its unigram or as the first half of a bigram
     * ({@link HanPhraseQuery}); one followed by digits or Latin ({@code 第3}) ends its run, and is its unigram.
     *
     * @param endUnigramsOnly true for the index; false for a text analysed with every unigram (a plain phrase)
     */
    static Query chinese(String text, boolean endUnigramsOnly) {
        List<Tok> all = analyze(ZH_ALL, BitextAnalyzers.ZH, text);
        List<Tok> keep = new ArrayList<>();
        List<Boolean> expand = new ArrayList<>();
        boolean anyExpanded = false;
        for (Tok t : all) {
            if (!t.type.equals(CJKBigramFilter.SINGLE_TYPE)) {
                keep.add(t);
                expand.add(false);
                continue;
            }
            boolean covered = false;
            for (Tok o : all) {
                if (o.type.equals(CJKBigramFilter.DOUBLE_TYPE) && (o.pos == t.pos || o.pos == t.pos - 1)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                // Followed by digits or Latin, the character ends its run in any text that matches, where the
                // index keeps its unigram; last, or followed by Han across punctuation (核、武 matches 核武器
                // as the phrase of two characters), it may begin a bigram there.
                boolean x = endUnigramsOnly && !followedByOther(all, t);
                keep.add(t);
                expand.add(x);
                anyExpanded |= x;
            }
        }
        if (!anyExpanded) {
            return phrase(BitextAnalyzers.ZH, keep);
        }
        int[] positions = new int[keep.size()];
        boolean[] flags = new boolean[keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            positions[i] = keep.get(i).pos;
            flags[i] = expand.get(i);
        }
        return new HanPhraseQuery(BitextAnalyzers.ZH, keep.stream().map(Tok::term).toList(), positions, flags);
    }

    /** Whether the token after {@code t} is neither a Han unigram nor a bigram (digits, Latin). */
    private static boolean followedByOther(List<Tok> all, Tok t) {
        for (Tok o : all) {
            if (o.pos == t.pos + 1) {
                return !o.type.equals(CJKBigramFilter.SINGLE_TYPE) && !o.type.equals(CJKBigramFilter.DOUBLE_TYPE);
            }
        }
        return false;
    }

    static Query phrase(String field, List<Tok> toks) {
        if (toks.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        if (toks.size() == 1) {
            return new TermQuery(new Term(field, toks.get(0).term));
        }
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        int base = toks.get(0).pos;
        for (Tok t : toks) {
            pb.add(new Term(field, t.term), t.pos - base);
        }
        return pb.build();
    }

    /** One analysed token: term text, absolute position, and type. */
    record Tok(String term, int pos, String type) {
    }

    static List<Tok> analyze(Analyzer a, String field, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Tok(term.toString(), pos, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
