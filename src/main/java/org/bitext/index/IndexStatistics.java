package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bitext.text.Language;
import org.bitext.text.TraditionalChinese;

/** {@link AssociationSpotter.Background} from an index searcher's term statistics and phrase counts. */
final class IndexStatistics implements AssociationSpotter.Background {

    private static final int MAX_CACHED = 500_000;

    private final IndexSearcher searcher;
    /** Statistics of the searcher's reader, shared by searches on the same reader (terms recur across queries). */
    private final Map<String, Long> cache;

    IndexStatistics(IndexSearcher searcher, Map<String, Long> cache) {
        this.searcher = searcher;
        this.cache = cache;
    }

    @Override
    public long docFreq(Language language, String key) {
        return cached("=" + language + key, () -> exactDocFreq(language, key));
    }

    @Override
    public long docFreqBound(Language language, String key) {
        return cached("<" + language + key, () -> bound(language, key));
    }

    private long cached(String key, LongSupplier compute) {
        Long v = cache.get(key);
        if (v == null) {
            v = compute.getAsLong();
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }

    private long exactDocFreq(Language language, String key) {
        Query q = language == Language.ZH
                ? QueryBuilder.chinese(key)
                : QueryBuilder.phrase(BitextAnalyzers.EN_EXACT,
                        QueryBuilder.analyze(BitextAnalyzers.englishExact(), BitextAnalyzers.EN_EXACT, key));
        try {
            if (q instanceof TermQuery tq) {
                return searcher.getIndexReader().docFreq(tq.getTerm());
            }
            return searcher.count(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long bound(Language language, String key) {
        List<Term> terms;
        if (language == Language.ZH) {
            int[] cps = TraditionalChinese.simplify(key).codePoints().toArray();
            terms = new ArrayList<>();
            for (int i = 0; i + 1 < cps.length; i++) {
                terms.add(new Term(BitextAnalyzers.ZH, new String(cps, i, 2)));
            }
        } else {
            terms = Arrays.stream(key.split(" ")).map(w -> new Term(BitextAnalyzers.EN_EXACT, w)).toList();
        }
        long min = Long.MAX_VALUE;
        try {
            for (Term t : terms) {
                min = Math.min(min, searcher.getIndexReader().docFreq(t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return min == Long.MAX_VALUE ? numDocs() : min;
    }

    @Override
    public long numDocs() {
        return searcher.getIndexReader().numDocs();
    }
}
