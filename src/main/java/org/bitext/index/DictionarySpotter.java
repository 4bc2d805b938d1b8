package org.bitext.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
    /** Per dictionary: headword -> content stems of each gloss variant (headwords recur across searches). */
    private static final Map<TranslationDictionary, Map<String, List<Set<String>>>> GLOSS_CONTENTS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final TranslationDictionary dict;
    private final Language queryLanguage;
    /** Chinese query: the stems of each gloss variant, with its number of content stems (computed once). */
    private final List<List<String>> variantStems = new ArrayList<>();
    private final List<Long> variantContent = new ArrayList<>();
    /** English query: its content stems, and per headword of the counterparts whether a gloss has exactly them. */
    private final Set<String> queryContent;
    private final Map<String, Boolean> headwordMatches = new HashMap<>();
    private final Map<String, List<Set<String>>> glossContent;

    /**
     * Prepares spotting for one query: the query's glosses (or content stems) are looked up once per search,
     * and each headword of the counterparts is judged once, however many hits hold it.
     */
    DictionarySpotter(TranslationDictionary dict, Language queryLanguage, String query) {
        this.dict = dict;
        this.queryLanguage = queryLanguage;
        boolean usable = dict.maxKeyLength() > 0;
        if (usable && queryLanguage == Language.ZH) {
            for (String variant : variants(dict.glosses(query))) {
                List<String> v = stems(variant);
                long content = v.stream().filter(w -> !isStop(w)).count();
                if (content > 0) {
                    variantStems.add(v);
                    variantContent.add(content);
                }
            }
        }
        this.glossContent = GLOSS_CONTENTS.computeIfAbsent(dict, d -> new ConcurrentHashMap<>());
        this.queryContent = usable && queryLanguage == Language.EN ? contentSet(query) : Set.of();
    }

    Spotter.Spot spot(Counterpart c) {
        Span s = queryLanguage == Language.ZH ? zhToEn(c) : enToZh(c);
        return s == null ? null : new Spotter.Spot(s, s.of(c.text), "dictionary");
    }

    /**
     * The longest run of counterpart words that matches a run of one gloss variant of the query (by stem),
     * covering at least half of the variant's content words.
     */
    private Span zhToEn(Counterpart c) {
        Span best = null;
        int bestWords = 0;
        for (int vi = 0; vi < variantStems.size(); vi++) {
            List<String> v = variantStems.get(vi);
            long content = variantContent.get(vi);
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
    private Span enToZh(Counterpart c) {
        if (queryContent.isEmpty()) {
            return null;
        }
        Span best = null;
        for (Span w : dict.words(c.simplified)) {
            if (best != null && w.length() <= best.length()) {
                continue;
            }
            if (headwordMatches.computeIfAbsent(w.of(c.simplified), this::glossedAsQuery)) {
                best = w;
            }
        }
        return best;
    }

    private boolean glossedAsQuery(String headword) {
        return glossContents(headword).contains(queryContent);
    }

    /** The content-stem sets of the gloss variants of a headword (headwords recur across hits and searches). */
    private List<Set<String>> glossContents(String headword) {
        List<Set<String>> cached = glossContent.get(headword);
        if (cached == null) {
            List<Set<String>> out = new ArrayList<>();
            for (String variant : variants(dict.glosses(headword))) {
                out.add(contentSet(variant));
            }
            cached = List.copyOf(out);
            if (glossContent.size() > MAX_CACHED) {
                glossContent.clear();
            }
            glossContent.put(headword, cached);
        }
        return cached;
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
