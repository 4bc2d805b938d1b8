package org.bitext.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Spots a translation with a dictionary, strictly: the query must itself be a headword (Chinese query) or
 * exactly the gloss of a headword found in the counterpart (English query). Compositional guesses from the
 * glosses of parts (禁 + 产 + 条约) are left to the statistics, which know the corpus's own usage (FMCT).
 */
final class DictionarySpotter {

    /** Gloss variant -> stems of its words; glosses repeat across hits and queries. */
    private static final Map<String, List<String>> STEMS = new ConcurrentHashMap<>();
    /** Gloss variant -> its content stems, as a set. */
    private static final Map<String, Set<String>> CONTENT = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    private DictionarySpotter() {
    }

    static Spotter.Spot spot(TranslationDictionary dict, Language queryLanguage, String query, Counterpart c) {
        if (dict.maxKeyLength() == 0) {
            return null;
        }
        Span s = queryLanguage == Language.ZH ? zhToEn(dict, query, c) : enToZh(dict, query, c);
        return s == null ? null : new Spotter.Spot(s, s.of(c.text), "dictionary");
    }

    /**
     * The longest run of counterpart words that matches a run of one gloss variant of the query (by stem),
     * covering at least half of the variant's content words.
     */
    private static Span zhToEn(TranslationDictionary dict, String query, Counterpart c) {
        Span best = null;
        int bestWords = 0;
        for (String variant : variants(dict.glosses(query))) {
            List<String> v = stems(variant);
            long content = v.stream().filter(w -> !isStop(w)).count();
            if (content == 0) {
                continue;
            }
            for (int i = 0; i < c.words.size(); i++) {
                for (int j = 0; j < v.size(); j++) {
                    int k = 0;
                    int contentHere = 0;
                    while (i + k < c.words.size() && j + k < v.size() && c.words.get(i + k).stem().equals(v.get(j + k))) {
                        contentHere += isStop(v.get(j + k)) ? 0 : 1;
                        k++;
                    }
                    // Trailing and leading stop words are not part of a term.
                    while (k > 0 && isStop(v.get(j + k - 1))) {
                        k--;
                    }
                    if (k > 0 && !isStop(v.get(j)) && contentHere * 2 >= content && k > bestWords) {
                        bestWords = k;
                        best = c.span(i, i + k - 1);
                    }
                }
            }
        }
        return best;
    }

    /**
     * The longest headword of the counterpart (found by the dictionary's longest-match segmentation) one of
     * whose gloss variants has exactly the query's content words.
     */
    private static Span enToZh(TranslationDictionary dict, String query, Counterpart c) {
        Set<String> q = contentSet(query);
        if (q.isEmpty()) {
            return null;
        }
        Span best = null;
        for (Span w : dict.words(c.simplified)) {
            if (best != null && w.length() <= best.length()) {
                continue;
            }
            for (String variant : variants(dict.glosses(w.of(c.simplified)))) {
                if (contentSet(variant).equals(q)) {
                    best = w;
                    break;
                }
            }
        }
        return best;
    }

    private static List<String> variants(List<String> glosses) {
        List<String> out = new ArrayList<>();
        for (String g : glosses) {
            for (String v : g.split(";")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    private static Set<String> contentSet(String s) {
        Set<String> cached = CONTENT.get(s);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : stems(s)) {
            if (!isStop(w)) {
                out.add(w);
            }
        }
        if (CONTENT.size() > MAX_CACHED) {
            CONTENT.clear();
        }
        CONTENT.put(s, out);
        return out;
    }

    private static List<String> stems(String s) {
        if (STEMS.size() > MAX_CACHED) {
            STEMS.clear();
        }
        return STEMS.computeIfAbsent(s, Counterpart::stems);
    }

    private static boolean isStop(String w) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
    }
}
