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
 */
final class LexicalPairs {

    /** A found pair of term ids. */
    record Pair(int zh, int en) {
    }

    private final Lexicon lexicon;
    private final ThreadLocal<ZhTerms> zhTerms = ThreadLocal.withInitial(ZhTerms::new);
    private final Vocabulary zhVocab;
    private final Vocabulary enVocab;
    private final int minFreq;
    private final List<Pair> found = new ArrayList<>();
    /** Gloss stems per Chinese candidate id (empty: not a word-for-word translatable candidate). */
    private final java.util.Map<Integer, List<Set<String>>> glossCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, List<Set<String>>> backwardCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, String> stemCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, Set<String>> enCache = new java.util.concurrent.ConcurrentHashMap<>();

    LexicalPairs(Lexicon lexicon, Vocabulary zhVocab, Vocabulary enVocab, int minFreq) {
        this.lexicon = lexicon;
        this.zhVocab = zhVocab;
        this.enVocab = enVocab;
        this.minFreq = minFreq;
    }

    List<Pair> found() {
        return found;
    }

    /**
     * Looks for pairs in every unit (all candidates, before the frequency filter), in parallel; the pairs
     * are collected in unit order, so the result does not depend on the number of threads. The vocabularies
     * are only read here.
     */
    void scan(List<TermExtractor.Unit> units) {
        units.parallelStream().map(u -> scan(u.zhIds, u.enIds)).toList().forEach(found::addAll);
    }

    private List<Pair> scan(int[] zhIds, int[] enIds) {
        // Chinese side first: most units have no rare compositional candidate, and then the English side
        // need not be stemmed at all.
        List<Integer> zhs = new ArrayList<>();
        List<List<Set<String>>> zhGlosses = new ArrayList<>();
        // The backward greedy segmentation as a second reading (早期预警机制: forward gives 早期 预 警机 制).
        List<List<Set<String>>> zhBackward = new ArrayList<>();
        for (int z : zhIds) {
            String zh = zhVocab.key(z);
            if (zh.codePointCount(0, zh.length()) < 2 || zh.startsWith("《") || coordinated(zh)
                    || zhVocab.df(z) >= minFreq && (!zhVocab.varied(z) || zhVocab.df(z) >= 4 * minFreq)) {
                continue;
            }
            List<Set<String>> glosses = glossCache.computeIfAbsent(z, k -> {
                List<Set<String>> g = glosses(zh, lexicon.words(zh));
                // A single headword only when association cannot judge it (seen in fewer than min-freq units).
                return g != null ? g : zhVocab.df(z) < minFreq ? headwordOrNone(zh) : List.of();
            });
            List<Set<String>> backward = backwardCache.computeIfAbsent(z, k -> {
                List<Set<String>> g = glosses(zh, Coverage.backwardWords(lexicon, zh));
                return g != null ? g : List.of();
            });
            if (!glosses.isEmpty()) {
                zhs.add(z);
                zhGlosses.add(glosses);
                zhBackward.add(backward);
            } else if (!backward.isEmpty()) {
                zhs.add(z);
                zhGlosses.add(backward);
                zhBackward.add(backward);
            }
        }
        if (zhs.isEmpty()) {
            return List.of();
        }
        List<Integer> en = new ArrayList<>();
        List<Set<String>> enStems = new ArrayList<>();
        for (int e : enIds) {
            Set<String> stems = enStems(e);
            if (!stems.isEmpty()) {
                en.add(e);
                enStems.add(stems);
            }
        }
        List<Pair> unit = new ArrayList<>();
        for (int k = 0; k < zhs.size(); k++) {
            int best = -1;
            boolean tie = false;
            for (int i = 0; i < en.size(); i++) {
                if (translates(zhGlosses.get(k), enStems.get(i))
                        || !zhBackward.get(k).isEmpty() && translates(zhBackward.get(k), enStems.get(i))) {
                    int len = enVocab.key(en.get(i)).length();
                    int bestLen = best < 0 ? -1 : enVocab.key(en.get(best)).length();
                    if (len > bestLen) {
                        best = i;
                        tie = false;
                    } else if (len == bestLen) {
                        tie = true;
                    }
                }
            }
            if (best >= 0 && !tie) {
                // A leading adjective that the Chinese translates only twice over (verifiable
                // nuclear-weapon-free zones for 无核武器区: 核 also glosses "verify") is left out when the rest
                // is a complete translation too.
                String key = enVocab.key(en.get(best));
                int space = key.indexOf(' ');
                if (space > 0 && GeneralLanguage.get().classes(key.substring(0, space)).equals("J")
                        && onlyThroughParts(zhVocab.key(zhs.get(k)), key.substring(0, space))) {
                    int shorter = enVocab.id(key.substring(space + 1));
                    int at = en.indexOf(shorter);
                    if (at >= 0 && translates(zhGlosses.get(k), enStems.get(at))) {
                        best = at;
                    }
                }
                unit.add(new Pair(zhs.get(k), en.get(best)));
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Pair p : unit) {
            boolean covered = false;
            for (Pair q : unit) {
                if (q != p && zhVocab.key(q.zh()).contains(zhVocab.key(p.zh()))
                        && (" " + enVocab.key(q.en()) + " ").contains(" " + enVocab.key(p.en()) + " ")) {
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

    /**
     * Stems of the content words of English candidate {@code e} (cached: the same candidates recur in
     * many units), or an empty set when it is not a noun-phrase-like candidate of two or more content words.
     */
    private Set<String> enStems(int e) {
        Set<String> cached = enCache.get(e);
        if (cached != null) {
            return cached;
        }
        Set<String> stems = Set.of();
        if (nounPhraseLike(enVocab.surface(e))) {
            List<String> words = EnglishWords.contentWords(enVocab.surface(e).toLowerCase(Locale.ROOT));
            if (!words.isEmpty()) {
                Set<String> out = new HashSet<>();
                words.forEach(w -> out.add(stemCache.computeIfAbsent(w, EnglishWords::stem)));
                stems = out;
            }
        }
        enCache.put(e, stems);
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
        long verbs = glosses.stream().filter(g -> g.startsWith("to ")).count();
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
        if (words.size() < 2 || covered != zh.length() || zhTerms.get().isOneWord(zh) || startsWithVerb(zh, words)) {
            return null;
        }
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
        return out;
    }

    private static boolean translates(List<Set<String>> zhGlosses, Set<String> enStems) {
        if (enStems.size() < Math.min(2, zhGlosses.size() + 1) && zhGlosses.size() > 1) {
            return false;
        }
        Set<String> all = new HashSet<>();
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
            all.addAll(g);
        }
        return all.containsAll(enStems);
    }
}
