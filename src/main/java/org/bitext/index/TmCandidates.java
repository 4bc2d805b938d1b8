package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.bitext.align.Level;
import org.bitext.text.Language;

/**
 * First stage of a translation-memory lookup: the units most likely to be similar to the query, from the
 * index, for {@link TmScorer} to score exactly. The query is a disjunction of the text's terms: for
 * English its words ({@code en_exact}) and word bigrams ({@code tm_en}: order matters to an edit distance,
 * and a bigram is far rarer than a word), for Chinese its character bigrams ({@code zh}); BM25 ranks, and
 * Lucene's MaxScore skips the units that cannot reach the top. Identical units (same English and Chinese,
 * as a repeated preamble or a re-indexed document gives) fill one candidate slot, not many: the collector
 * keeps the first of each {@code tm_key}.
 */
final class TmCandidates {

    /** Distinct terms of a query at most (a long paragraph's rarest terms are enough to find it). */
    static final int MAX_TERMS = 400;
    private static final Analyzer ZH = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.NONE);
    private static final Analyzer EN = BitextAnalyzers.englishExact();
    private static final org.apache.lucene.analysis.CharArraySet STOP_WORDS =
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private TmCandidates() {
    }

    /**
     * Terms in more than this share of the units (half a per cent) ("of the", "and the", 的人) are left out of the candidate
     * query unless the text has too few others: they rank nothing and their long posting lists were most of
     * the lookup time on the 1M-unit index.
     */
    static final double MAX_SHARE = 0.005;
    /** Rarest terms always kept, however common. */
    static final int MIN_TERMS = 8;

    /** The candidate query for {@code text} in {@code language}; null when the text yields no term. */
    static Query query(IndexReader reader, String text, Language language, Level level, String document,
                       DateRange dates)
            throws IOException {
        Set<Term> terms = new LinkedHashSet<>();
        if (language == Language.ZH) {
            for (String t : tokens(ZH, BitextAnalyzers.ZH, text)) {
                terms.add(new Term(BitextAnalyzers.ZH, t));
            }
        } else {
            List<String> words = tokens(EN, BitextAnalyzers.EN_EXACT, text);
            for (int i = 0; i < words.size(); i++) {
                if (!STOP_WORDS.contains(words.get(i))) {
                    // A stop word is in nearly every unit: as a clause it costs time and finds nothing; it
                    // still counts inside the bigrams.
                    terms.add(new Term(BitextAnalyzers.EN_EXACT, words.get(i)));
                }
                if (i > 0) {
                    terms.add(new Term(BitextAnalyzers.TM_EN, words.get(i - 1) + " " + words.get(i)));
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        List<Term> list = new ArrayList<>(terms);
        if (list.size() > MAX_TERMS) {
            list = list.subList(0, MAX_TERMS);
        }
        long[] df = new long[list.size()];
        Integer[] order = new Integer[list.size()];
        for (int i = 0; i < df.length; i++) {
            df[i] = reader.docFreq(list.get(i));
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> df[i]).thenComparingInt(i -> i));
        long common = (long) (MAX_SHARE * reader.maxDoc());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int kept = 0;
        for (int i : order) {
            if (df[i] == 0 || kept >= MIN_TERMS && df[i] > common) {
                continue;
            }
            any.add(new TermQuery(list.get(i)), Occur.SHOULD);
            kept++;
        }
        if (kept == 0) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(UnitFields.LEVEL, level.code())), Occur.FILTER);
        if (document != null) {
            q.add(new TermQuery(new Term(UnitFields.DOCUMENT, document)), Occur.FILTER);
        }
        if (!dates.isAll()) {
            q.add(dates.query(), Occur.FILTER);
        }
        return q.build();
    }

    private static List<String> tokens(Analyzer a, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /**
     * The tokens a unit's source side may have to reach {@code min} % against a query of {@code tokens}
     * tokens: the edit distance is at least the difference in length, so a unit much shorter or longer
     * cannot score enough whatever its words. {lowest, highest}.
     */
    static int[] lengthRange(int tokens, int min) {
        int lo = (min * tokens + 99) / 100;
        int hi = min == 0 ? Integer.MAX_VALUE : tokens * 100 / min;
        return new int[] {lo, hi};
    }

    /**
     * The doc ids of the best {@code n} distinct units for {@code query} whose {@code language} side has a
     * length in {@code range}, best first.
     */
    static int[] top(IndexSearcher searcher, Query query, int n, Language language, int[] range)
            throws IOException {
        List<Hit> hits = searcher.search(query, new CollectorManager<DistinctTop, List<Hit>>() {
            @Override
            public DistinctTop newCollector() {
                return new DistinctTop(n, language, range);
            }

            @Override
            public List<Hit> reduce(Collection<DistinctTop> collectors) {
                DistinctTop all = new DistinctTop(n, language, range);
                for (DistinctTop c : collectors) {
                    c.queue.forEach(all::offer);
                }
                return all.queue.stream().sorted(BEST_FIRST).toList();
            }
        });
        return hits.stream().mapToInt(Hit::doc).toArray();
    }

    private record Hit(int doc, float score, long key) {
    }

    /** Higher score first; among equal scores the lower doc id (as Lucene's own top-k does). */
    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble((Hit h) -> -h.score())
            .thenComparingInt(Hit::doc);

    /** Top-n collector that keeps one hit per pair key and tells the scorer what can still enter. */
    private static final class DistinctTop implements Collector {
        final int n;
        final PriorityQueue<Hit> queue = new PriorityQueue<>(BEST_FIRST.reversed());
        final Map<Long, Hit> byKey = new HashMap<>();
        final boolean english;
        final int lo;
        final int hi;

        DistinctTop(int n, Language language, int[] range) {
            this.n = n;
            this.english = language == Language.EN;
            this.lo = range[0];
            this.hi = range[1];
        }

        /** Adds a hit unless its pair is already in (with a better or equal hit); true when it entered. */
        boolean offer(Hit h) {
            Hit old = byKey.get(h.key());
            if (old != null) {
                if (BEST_FIRST.compare(h, old) >= 0) {
                    return false;
                }
                queue.remove(old);
            }
            if (queue.size() == n && BEST_FIRST.compare(h, queue.peek()) >= 0) {
                return false;
            }
            queue.add(h);
            byKey.put(h.key(), h);
            if (queue.size() > n) {
                byKey.remove(queue.poll().key());
            }
            return true;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues keys = context.reader().getNumericDocValues(UnitFields.TM_KEY);
            NumericDocValues lengths = context.reader().getNumericDocValues(UnitFields.TM_LENGTH);
            int base = context.docBase;
            return new LeafCollector() {
                Scorable scorer;

                @Override
                public void setScorer(Scorable s) throws IOException {
                    scorer = s;
                    raiseMinimum();
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    if (queue.size() == n && score <= queue.peek().score()) {
                        return; // an equal score loses to the earlier document
                    }
                    if (lengths != null && lengths.advanceExact(doc)) {
                        long both = lengths.longValue();
                        int length = english ? (int) (both >>> 32) : (int) both;
                        if (length < lo || length > hi) {
                            return;
                        }
                    }
                    long key = keys != null && keys.advanceExact(doc) ? keys.longValue() : ~(long) (base + doc);
                    if (offer(new Hit(base + doc, score, key)) && queue.size() == n) {
                        raiseMinimum();
                    }
                }

                private void raiseMinimum() throws IOException {
                    if (queue.size() == n) {
                        // A later document with the same score loses to the earlier one: strictly more is needed.
                        scorer.setMinCompetitiveScore(Math.nextUp(queue.peek().score()));
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
