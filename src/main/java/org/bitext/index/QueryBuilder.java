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

    private static final Analyzer ZH_INDEX = BitextAnalyzers.chinese(true);
    private static final Analyzer EN = BitextAnalyzers.english();
    private static final Analyzer EN_EXACT = BitextAnalyzers.englishExact();

    private QueryBuilder() {
    }

    /** The whole query, restricted to units of {@code level} (and of {@code document} when not null). */
    static Query build(QuerySyntax.Parsed parsed, Level level, String document) {
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
        return b.build();
    }

    static Query clause(QuerySyntax.Clause c) {
        if (c.language() == Language.ZH) {
            return chinese(c.text());
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
        if (c.quoted()) {
            return phrase(BitextAnalyzers.EN_EXACT, analyze(EN_EXACT, BitextAnalyzers.EN_EXACT, c.text()));
        }
        return phrase(BitextAnalyzers.EN, analyze(EN, BitextAnalyzers.EN, c.text()));
    }

    /**
     * A Chinese string as a phrase over the index's bigrams: the index emits unigrams and bigrams; we keep
     * the bigrams, plus unigrams not covered by a bigram (a lone character) and non-CJK tokens, all at the
     * positions the index gives them.
     */
    static Query chinese(String text) {
        List<Tok> all = analyze(ZH_INDEX, BitextAnalyzers.ZH, text);
        List<Tok> keep = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Tok t = all.get(i);
            if (!t.type.equals(CJKBigramFilter.SINGLE_TYPE)) {
                keep.add(t);
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
                keep.add(t);
            }
        }
        return phrase(BitextAnalyzers.ZH, keep);
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
