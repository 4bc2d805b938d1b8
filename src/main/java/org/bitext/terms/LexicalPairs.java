package org.bitext.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * Finds pairs of rare compositional terms in one unit: a Chinese candidate seen in fewer units than the
 * minimum frequency (so association cannot judge it), made of two or more dictionary words, and an English
 * multi-word candidate of the same unit that it translates word for word: every English content word is a
 * gloss of one of the Chinese words, and every Chinese word glosses one of the English words (国际监测系统 ⇄
 * International Monitoring System). Only the largest such pair in a unit is kept.
 *
 * <p>Split in two for mergeable counting: {@link #candidates} looks at one unit without any frequency (during
 * extraction) and gives each Chinese candidate's best English partner both for the case that it turns out
 * frequent and for the case that it is rare; {@link #finish} decides, once frequencies are known, which
 * applies and drops the pairs a larger pair of the unit covers. The caches are per thread and bounded.
 */
final class LexicalPairs {

    /** A found pair of keys, first seen at {@code seq} (unit ordinal and the Chinese candidate's place in it). */
    record Pair(String zh, String en, long seq) implements TermsRunner.Found {

        /** The earlier seen of two finds of the same pair. */
        static Pair first(Pair a, Pair b) {
            return a.seq <= b.seq ? a : b;
        }
    }

    private static final int CACHE = 50_000;
    private static final ThreadLocal<LexicalPairs> LOCAL = ThreadLocal.withInitial(LexicalPairs::new);

    private final Lexicon lexicon = TermLexicon.get();
    private final ZhTerms zhTerms = new ZhTerms();
    /** Gloss stems per Chinese key: compound (null: not a compound), backward, headword. */
    private final java.util.Map<String, List<Set<String>>[]> glossCache = bounded();
    private final java.util.Map<String, String> stemCache = bounded();
    private final java.util.Map<String, Set<String>> enCache = bounded();
    private String oneWordKey;
    private boolean oneWord;

    private static <K, V> java.util.Map<K, V> bounded() {
        return new java.util.LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<K, V> eldest) {
                return size() > CACHE;
            }
        };
    }

    private LexicalPairs() {
    }

    /**
     * The potential pairs of one unit, from its distinct candidates in order of first occurrence (English
     * surfaces as written in the unit).
     */
    static List<LexicalCandidate> candidates(List<TermStats> zhCandidates, List<TermStats> enCandidates) {
        return LOCAL.get().scan(zhCandidates, enCandidates);
    }

    /**
     * The pairs of one unit once frequencies are known: {@code frequent} gives the stats of a Chinese key
     * seen in at least {@code minFreq} units, or null for a rarer one. A frequent candidate that is a fragment
     * (not varied) or common (4 × min-freq units) is left to association.
     */
    static List<Pair> finish(long ordinal, List<LexicalCandidate> candidates,
                             java.util.function.Function<String, TermStats> frequent, int minFreq) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Pair> unit = new ArrayList<>();
        int index = 0;
        for (LexicalCandidate c : candidates) {
            index++;
            TermStats st = frequent.apply(c.zh());
            if (st != null && st.df() >= minFreq && (!st.varied() || st.df() >= 4 * minFreq)) {
                continue;
            }
            String en = st != null && st.df() >= minFreq ? c.ifFrequent() : c.ifRare();
            if (en != null) {
                unit.add(new Pair(c.zh(), en, SurfaceForms.seq(ordinal, index)));
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Pair p : unit) {
            boolean covered = false;
            for (Pair q : unit) {
                if (q != p && q.zh().contains(p.zh()) && (" " + q.en() + " ").contains(" " + p.en() + " ")) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(p);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Set<String>>[] glossesOf(String zh) {
        List<Set<String>>[] cached = glossCache.get(zh);
        if (cached == null) {
            List<Span> backwardWords = Coverage.backwardWords(lexicon, zh);
            List<Span> words = lexicon.words(zh);
            List<Set<String>> backward = glosses(zh, backwardWords);
            // Mostly both readings cut the key alike: then the glosses are the same (one list for both).
            List<Set<String>> compound = words.equals(backwardWords) ? backward : glosses(zh, words);
            cached = new List[] {compound, backward != null ? backward : List.of(),
                compound != null ? List.of() : headwordOrNone(zh)};
            glossCache.put(zh, cached);
        }
        return cached;
    }

    private List<LexicalCandidate> scan(List<TermStats> zhIds, List<TermStats> enIds) {
        // Chinese side first: most units have no compositional candidate, and then the English side need not
        // be stemmed at all. The backward greedy segmentation is a second reading (早期预警机制: forward
        // gives 早期 预 警机 制).
        List<String> zhs = new ArrayList<>();
        List<List<Set<String>>[]> zhGlosses = new ArrayList<>();
        for (TermStats z : zhIds) {
            String zh = z.key();
            if (zh.codePointCount(0, zh.length()) < 2 || zh.startsWith("《") || coordinated(zh)) {
                continue;
            }
            List<Set<String>>[] g = glossesOf(zh);
            // A single headword only when association cannot judge it (rare).
            boolean frequentUsable = g[0] != null || !g[1].isEmpty();
            boolean rareUsable = frequentUsable || !g[2].isEmpty();
            if (rareUsable) {
                zhs.add(zh);
                zhGlosses.add(g);
            }
        }
        if (zhs.isEmpty()) {
            return List.of();
        }
        List<String> en = new ArrayList<>();
        List<Set<String>> enStems = new ArrayList<>();
        for (TermStats e : enIds) {
            Set<String> stems = enStems(e.surface());
            if (!stems.isEmpty()) {
                en.add(e.key());
                enStems.add(stems);
            }
        }
        // Every Chinese word must gloss some English word of a translated candidate: a candidate with a word
        // that glosses none of the unit's English words translates nothing here, whatever the candidate.
        Set<String> unitStems = new HashSet<>();
        enStems.forEach(unitStems::addAll);
        List<LexicalCandidate> out = new ArrayList<>();
        for (int k = 0; k < zhs.size(); k++) {
            List<Set<String>>[] g = zhGlosses.get(k);
            List<Set<String>> backward = possible(g[1], unitStems) ? g[1] : List.of();
            List<Set<String>> compound = g[0] != null && possible(g[0], unitStems) ? g[0] : null;
            List<Set<String>> headword = g[0] == null && possible(g[2], unitStems) ? g[2] : List.of();
            if (compound == null && backward.isEmpty() && headword.isEmpty()) {
                continue;
            }
            String ifFrequent = g[0] != null ? (compound != null || !backward.isEmpty()
                    ? best(zhs.get(k), compound != null ? compound : List.of(), backward, en, enStems) : null)
                    : backward.isEmpty() ? null : best(zhs.get(k), backward, backward, en, enStems);
            String ifRare = g[0] != null ? ifFrequent
                    : !g[2].isEmpty() ? (headword.isEmpty() && backward.isEmpty() ? null
                    : best(zhs.get(k), headword, backward, en, enStems)) : ifFrequent;
            if (ifFrequent != null || ifRare != null) {
                out.add(new LexicalCandidate(zhs.get(k), ifFrequent, ifRare));
            }
        }
        return out;
    }

    /** True when every word's glosses meet the unit's English stems (needed to translate any candidate). */
    private static boolean possible(List<Set<String>> glosses, Set<String> unitStems) {
        if (glosses.isEmpty()) {
            return false;
        }
        for (Set<String> g : glosses) {
            boolean hit = false;
            for (String s : g) {
                if (unitStems.contains(s)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** The longest English candidate that {@code glosses} (or the backward reading) translates; null on a tie. */
    private String best(String zh, List<Set<String>> glosses, List<Set<String>> backward, List<String> en,
                        List<Set<String>> enStems) {
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < en.size(); i++) {
            // The backward reading is often the same list as the glosses: asked once then.
            if (!glosses.isEmpty() && translates(glosses, enStems.get(i))
                    || backward != glosses && !backward.isEmpty() && translates(backward, enStems.get(i))) {
                int len = en.get(i).length();
                int bestLen = best < 0 ? -1 : en.get(best).length();
                if (len > bestLen) {
                    best = i;
                    tie = false;
                } else if (len == bestLen) {
                    tie = true;
                }
            }
        }
        if (best < 0 || tie) {
            return null;
        }
        // A leading adjective that the Chinese translates only twice over (verifiable nuclear-weapon-free
        // zones for 无核武器区: 核 also glosses "verify") is left out when the rest is a complete translation too.
        String key = en.get(best);
        int space = key.indexOf(' ');
        if (space > 0 && GeneralLanguage.get().classes(key.substring(0, space)).equals("J")
                && onlyThroughParts(zh, key.substring(0, space))) {
            int at = en.indexOf(key.substring(space + 1));
            if (at >= 0 && translates(glosses, enStems.get(at))) {
                return en.get(at);
            }
        }
        return key;
    }

    /**
     * Stems of the content words of an English candidate (cached: the same candidates recur in many units),
     * or an empty set when it is not a noun-phrase-like candidate of two or more content words. Case does not
     * matter: the words are lower-cased.
     */
    private Set<String> enStems(String surface) {
        // Cached by the lower-cased surface, which alone decides the stems: one key has several surfaces
        // ("news good" and "new good" are both "new good"), and a cache by key would answer with whichever
        // the thread met first, so that the result depended on the order units were processed in.
        String lower = surface.toLowerCase(Locale.ROOT);
        Set<String> cached = enCache.get(lower);
        if (cached != null) {
            return cached;
        }
        Set<String> stems = Set.of();
        if (nounPhraseLike(surface)) {
            List<String> words = EnglishWords.contentWords(surface.toLowerCase(Locale.ROOT));
            if (!words.isEmpty()) {
                Set<String> out = new HashSet<>();
                words.forEach(w -> out.add(stemCache.computeIfAbsent(w, EnglishWords::stem)));
                stems = out;
            }
        }
        enCache.put(lower, stems);
        return stems;
    }

    /** Only "of", "and", "for", "on", "the", "in" may join the words of a rare term (not "to", "by", "are"). */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "on", "the", "in");

    private static boolean nounPhraseLike(String surface) {
        for (String w : surface.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (EnTerms.isStop(lower) && !JOINERS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a compound seen once that coordinates parts (荷兰和日本, 援助和实际援助): two terms side by side
     * rather than one term.
     */
    private static boolean coordinated(String zh) {
        return zh.indexOf('和') > 0 || zh.indexOf('与') > 0 || zh.indexOf('及') > 0;
    }

    /**
     * True when the first dictionary word of {@code zh} is a verb (most of its CC-CEDICT glosses read "to …":
     * 实施, 加强, 指定): such a compound seen once is a verb phrase (实施附加议定书 ⇄ implementation of
     * Additional Protocols), not a term.
     */
    private boolean startsWithVerb(String zh, List<Span> words) {
        if (words.isEmpty() || words.get(0).start() != 0) {
            return false;
        }
        List<String> glosses = lexicon.glosses(words.get(0).of(zh));
        int verbs = 0;
        for (String g : glosses) {
            if (g.startsWith("to ")) {
                verbs++;
            }
        }
        return verbs * 2 > glosses.size();
    }

    /**
     * The gloss stems of {@code zh} as one list entry when it is one dictionary headword (维也纳 ⇄ Vienna,
     * 中东 ⇄ Middle East, 核材料 ⇄ nuclear material), or an empty list.
     */
    private List<Set<String>> headwordOrNone(String zh) {
        List<Span> words = lexicon.words(zh);
        if (words.size() != 1 || words.get(0).start() != 0 || words.get(0).end() != zh.length()) {
            return List.of();
        }
        Set<String> stems = lexicon.stems(zh);
        return stems.isEmpty() ? List.of() : List.of(stems);
    }

    /** True when English {@code word} glosses no dictionary word of {@code zh} as a whole (only a part of one). */
    private boolean onlyThroughParts(String zh, String word) {
        for (String part : EnglishWords.contentWords(word.toLowerCase(Locale.ROOT))) {
            String stem = EnglishWords.stem(part);
            for (Span w : lexicon.words(zh)) {
                if (lexicon.stems(w.of(zh)).contains(stem)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gloss stems per dictionary word of {@code zh}, or null when it is not two or more dictionary words. */
    private List<Set<String>> glosses(String zh, List<Span> words) {
        int covered = 0;
        for (Span w : words) {
            covered += w.end() - w.start();
        }
        if (words.size() < 2 || covered != zh.length()) {
            return null;
        }
        // The cheap dictionary look-ups first, the word segmenter and the verb test only for what passes them:
        // every test is a pure function, so their order does not change the answer, only its cost.
        List<Set<String>> out = new ArrayList<>();
        for (Span w : words) {
            if (w.start() > 0 && TermLexicon.isSuffix(w.of(zh))) {
                continue;
            }
            Set<String> stems = TermLexicon.stemsWithParts(lexicon, w.of(zh));
            if (stems.isEmpty()) {
                return null;
            }
            out.add(stems);
        }
        if (isOneWord(zh) || startsWithVerb(zh, words)) {
            return null;
        }
        return out;
    }

    /** {@link ZhTerms#isOneWord}, remembered for the last key (both readings of a key ask it). */
    private boolean isOneWord(String zh) {
        if (!zh.equals(oneWordKey)) {
            oneWord = zhTerms.isOneWord(zh);
            oneWordKey = zh;
        }
        return oneWord;
    }

    private static boolean translates(List<Set<String>> zhGlosses, Set<String> enStems) {
        if (enStems.size() < Math.min(2, zhGlosses.size() + 1) && zhGlosses.size() > 1) {
            return false;
        }
        for (Set<String> g : zhGlosses) {
            boolean hit = false;
            for (String s : g) {
                if (enStems.contains(s)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                return false;
            }
        }
        // Every English stem is a gloss of some Chinese word (without building the union of the glosses).
        for (String e : enStems) {
            boolean glossed = false;
            for (Set<String> g : zhGlosses) {
                if (g.contains(e)) {
                    glossed = true;
                    break;
                }
            }
            if (!glossed) {
                return false;
            }
        }
        return true;
    }
}
