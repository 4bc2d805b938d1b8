package org.bitext.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A phrase over the Chinese field in which some positions hold a lone character that the index may keep only
 * inside a bigram (see {@link RunEndUnigramFilter}): such a position matches the character's unigram or any
 * bigram starting with it, looked up in the reader's terms when the query is rewritten. A one-character query
 * becomes a constant-score {@link TermInSetQuery}, a longer phrase a {@link MultiPhraseQuery}.
 */
final class HanPhraseQuery extends Query {

    private final String field;
    private final List<String> terms;
    private final int[] positions;
    /** Per term: a lone character to expand into its bigrams. */
    private final boolean[] expand;

    HanPhraseQuery(String field, List<String> terms, int[] positions, boolean[] expand) {
        if (terms.isEmpty() || terms.size() != positions.length || terms.size() != expand.length) {
            throw new IllegalArgumentException("terms, positions and expand flags must be non-empty and of one"
                    + " length, were " + terms.size() + ", " + positions.length + ", " + expand.length);
        }
        this.field = Objects.requireNonNull(field, "field");
        this.terms = List.copyOf(terms);
        this.positions = positions.clone();
        this.expand = expand.clone();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Terms dict = MultiTerms.getTerms(searcher.getIndexReader(), field);
        List<Term[]> alternatives = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Term[] alt = expand[i] ? startingWith(dict, terms.get(i)) : new Term[] {new Term(field, terms.get(i))};
            if (alt.length == 0) {
                return new MatchNoDocsQuery("no term starts with '" + terms.get(i) + "'");
            }
            alternatives.add(alt);
        }
        if (terms.size() == 1) {
            Term[] alt = alternatives.get(0);
            if (alt.length == 1) {
                return new TermQuery(alt[0]);
            }
            // Constant score: a SynonymQuery over a common character's hundreds of bigrams took 40-65 ms on the
            // 1M-unit index (and as long again to count); this set takes 1-4 ms. The units of a one-character
            // query are therefore listed in index (document) order rather than by BM25.
            List<BytesRef> bytes = new ArrayList<>(alt.length);
            for (Term t : alt) {
                bytes.add(t.bytes());
            }
            return new TermInSetQuery(field, bytes);
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        for (int i = 0; i < alternatives.size(); i++) {
            b.add(alternatives.get(i), positions[i] - positions[0]);
        }
        return b.build();
    }

    /** The character's own term and every two-character term starting with it. */
    private Term[] startingWith(Terms dict, String character) throws IOException {
        if (dict == null) {
            return new Term[0];
        }
        BytesRef prefix = new BytesRef(character);
        TermsEnum te = dict.iterator();
        List<Term> out = new ArrayList<>();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return new Term[0];
        }
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
            int cps = UnicodeUtil.codePointCount(t);
            if (cps <= 2) {
                out.add(new Term(field, BytesRef.deepCopyOf(t)));
            }
        }
        return out.toArray(new Term[0]);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        StringBuilder b = new StringBuilder(field.equals(defaultField) ? "" : field + ":").append('"');
        for (int i = 0; i < terms.size(); i++) {
            b.append(i == 0 ? "" : " ").append(terms.get(i)).append(expand[i] ? "*" : "");
        }
        return b.append('"').toString();
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && field.equals(((HanPhraseQuery) o).field) && terms.equals(((HanPhraseQuery) o).terms)
                && Arrays.equals(positions, ((HanPhraseQuery) o).positions)
                && Arrays.equals(expand, ((HanPhraseQuery) o).expand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, terms, Arrays.hashCode(positions), Arrays.hashCode(expand));
    }
}
