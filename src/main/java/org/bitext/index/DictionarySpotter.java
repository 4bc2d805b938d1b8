package org.bitext.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Spots a translation with a word dictionary: the shortest stretch of the counterpart in which every part
 * of the query is covered by a dictionary gloss (compared as English stems, stop words ignored).
 */
final class DictionarySpotter {

    /** Longest English window, in words, that can be a translation of a Chinese query. */
    private static final int MAX_WINDOW = 8;

    /** Gloss word -> stems; glosses repeat across hits and queries, and analysing them is the hot path. */
    private static final Map<String, List<String>> STEMS = new ConcurrentHashMap<>();
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

    /** Segments the Chinese query into dictionary words (longest match) and looks for all their glosses. */
    private static Span zhToEn(TranslationDictionary dict, String query, Counterpart c) {
        List<Set<String>> parts = new ArrayList<>();
        int i = 0;
        String q = query.replaceAll("\\s+", "");
        while (i < q.length()) {
            Set<String> glosses = null;
            int len = Math.min(dict.maxKeyLength(), q.length() - i);
            for (; len >= 1; len--) {
                Set<String> g = dict.english(q.substring(i, i + len));
                if (!g.isEmpty()) {
                    glosses = g;
                    break;
                }
            }
            if (glosses == null) {
                return null;
            }
            Set<String> stems = stemsOf(glosses);
            if (!stems.isEmpty()) {
                parts.add(stems);
            }
            i += len;
        }
        if (parts.isEmpty() || c.words.isEmpty()) {
            return null;
        }
        Span best = null;
        int bestLen = Integer.MAX_VALUE;
        for (int from = 0; from < c.words.size(); from++) {
            if (!coversAny(parts, c.words.get(from).stem())) {
                continue;
            }
            boolean[] covered = new boolean[parts.size()];
            for (int to = from; to < Math.min(c.words.size(), from + MAX_WINDOW); to++) {
                mark(parts, c.words.get(to).stem(), covered);
                if (all(covered) && coversAny(parts, c.words.get(to).stem())) {
                    if (to - from < bestLen) {
                        bestLen = to - from;
                        best = c.span(from, to);
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Finds Chinese dictionary words whose glosses cover the English query's content words, side by side. */
    private static Span enToZh(TranslationDictionary dict, String query, Counterpart c) {
        List<String> q = new ArrayList<>();
        for (String stem : Counterpart.stems(query)) {
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(stem) && !q.contains(stem)) {
                q.add(stem);
            }
        }
        if (q.isEmpty()) {
            return null;
        }
        String t = c.simplified;
        record Cand(int start, int end, Set<String> covers) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (Character.UnicodeScript.of(t.codePointAt(i)) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (int len = Math.min(dict.maxKeyLength(), t.length() - i); len >= 1; len--) {
                Set<String> g = dict.english(t.substring(i, i + len));
                if (g.isEmpty()) {
                    continue;
                }
                Set<String> covers = new HashSet<>(stemsOf(g));
                covers.retainAll(q);
                if (!covers.isEmpty()) {
                    cands.add(new Cand(i, i + len, covers));
                    break;
                }
            }
        }
        Span best = null;
        for (int a = 0; a < cands.size(); a++) {
            Set<String> got = new HashSet<>(cands.get(a).covers());
            int end = cands.get(a).end();
            for (int b = a + 1; b < cands.size() && !got.containsAll(q); b++) {
                if (cands.get(b).start() > end) {
                    break;
                }
                got.addAll(cands.get(b).covers());
                end = Math.max(end, cands.get(b).end());
            }
            if (got.containsAll(q)) {
                Span s = new Span(cands.get(a).start(), end);
                if (best == null || s.length() < best.length()) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static Set<String> stemsOf(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (STEMS.size() > MAX_CACHED) {
                STEMS.clear();
            }
            for (String s : STEMS.computeIfAbsent(w, Counterpart::stems)) {
                if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean coversAny(List<Set<String>> parts, String stem) {
        for (Set<String> p : parts) {
            if (p.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(List<Set<String>> parts, String stem, boolean[] covered) {
        for (int i = 0; i < parts.size(); i++) {
            covered[i] |= parts.get(i).contains(stem);
        }
    }

    private static boolean all(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }
}
