package org.bitext.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * The statistical fallback of spotting: among the word n-grams of the counterparts (English words, or
 * Chinese character strings inside runs of Han characters), the one most associated with the query is the
 * one that occurs in many hits but is rare in the whole index. Score = a * ln(lift), with a the number of
 * hits holding the n-gram and lift = (a / hits) / (df / units), df from the index's term statistics.
 */
final class AssociationSpotter {

    /** Index-wide statistics of candidate translations. */
    interface Background {
        /** Units (any level) whose text in {@code language} contains {@code key} (upper bound allowed). */
        long docFreq(Language language, String key);

        /** An upper bound of df for an n-gram: the smallest df of its parts (cheap; from term statistics). */
        long docFreqBound(Language language, String key);

        /** Units in the index (any level). */
        long numDocs();
    }

    private static final int MAX_EN_WORDS = 4;
    private static final int MAX_ZH_CHARS = 8;
    /** Candidates whose exact df is looked up (the others keep the bound); keeps search latency flat. */
    private static final int EXACT_LOOKUPS = 12;
    /** Small corpora make even the right translation look common; a modest lift still counts. */
    private static final double MIN_LIFT = 1.2;
    private static final double MIN_HIT_SHARE = 0.1;

    private AssociationSpotter() {
    }

    private record Scored(String key, double score, int length) {
    }

    /**
     * Spots in each of {@code targets} the candidate best associated with the query over {@code evidence}
     * (the hit set; usually the same list as the targets).
     */
    static List<Spotter.Spot> spot(Background bg, String query, List<Counterpart> evidence,
                                   List<Counterpart> targets) {
        List<Spotter.Spot> out = new ArrayList<>(targets.size());
        int h = evidence.size();
        if (h == 0 || targets.isEmpty()) {
            targets.forEach(t -> out.add(null));
            return out;
        }
        // One hit is no evidence of association (every n-gram of it would tie); over many hits, an n-gram in
        // under a tenth of them is too weak to spot, and skipping it saves the term-statistics lookups.
        int minHits = Math.max(2, (int) Math.ceil(h * MIN_HIT_SHARE));
        Map<String, Integer> hitsWith = new HashMap<>();
        List<Map<String, Span>> evidenceCands = frequentCandidates(evidence, minHits, hitsWith);
        Language lang = evidence.get(0).language;
        double n = Math.max(1, bg.numDocs());
        String q = query.toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : hitsWith.entrySet()) {
            int a = e.getValue();
            if (q.contains(e.getKey())) {
                continue;
            }
            scored.add(score(e.getKey(), a, h, n, Math.max(a, bg.docFreqBound(lang, e.getKey()))));
        }
        scored.sort(ORDER);
        List<Scored> exact = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            if (i < EXACT_LOOKUPS) {
                int a = hitsWith.get(s.key());
                s = score(s.key(), a, h, n, Math.max(a, bg.docFreq(lang, s.key())));
            }
            exact.add(s);
        }
        exact.sort(ORDER);
        List<Scored> ranked = exact.stream().filter(s -> s.score() > 0).toList();
        for (int i = 0; i < targets.size(); i++) {
            Counterpart t = targets.get(i);
            Map<String, Span> here = targets == evidence ? evidenceCands.get(i) : null;
            Spotter.Spot spot = null;
            for (Scored s : ranked) {
                Span sp = here != null ? here.get(s.key()) : firstOccurrence(t, s.key());
                if (sp != null) {
                    spot = new Spotter.Spot(sp, sp.of(t.text), "association");
                    break;
                }
            }
            out.add(spot);
        }
        return out;
    }

    /**
     * The candidates held by at least {@code minHits} of the counterparts, per counterpart (first occurrence),
     * with their hit counts in {@code hitsWith}. Built level by level (1 word or character, then 2, ...): an
     * n-gram can only be that frequent if both its (n-1)-grams are, so the rare ones are never materialised.
     */
    private static List<Map<String, Span>> frequentCandidates(List<Counterpart> cps, int minHits,
                                                              Map<String, Integer> hitsWith) {
        int h = cps.size();
        List<Map<String, Span>> out = new ArrayList<>(h);
        boolean[][] prev = new boolean[h][];
        for (int i = 0; i < h; i++) {
            out.add(new HashMap<>());
            // prev[i][p]: the (n-1)-gram starting at unit p (word index, or char index) is frequent.
            Counterpart c = cps.get(i);
            prev[i] = new boolean[(c.language == Language.EN ? c.words.size() : c.simplified.length()) + 1];
            Arrays.fill(prev[i], true);
        }
        int maxLen = cps.get(0).language == Language.EN ? MAX_EN_WORDS : MAX_ZH_CHARS;
        for (int len = 1; len <= maxLen; len++) {
            List<Map<String, Integer>> level = new ArrayList<>(h);
            Map<String, Integer> count = new HashMap<>();
            for (int i = 0; i < h; i++) {
                Map<String, Integer> m = grams(cps.get(i), len, prev[i]);
                level.add(m);
                for (String k : m.keySet()) {
                    count.merge(k, 1, Integer::sum);
                }
            }
            boolean any = false;
            for (int i = 0; i < h; i++) {
                Counterpart c = cps.get(i);
                boolean[] next = new boolean[prev[i].length];
                for (Map.Entry<String, Integer> e : level.get(i).entrySet()) {
                    int a = count.get(e.getKey());
                    if (a < minHits) {
                        continue;
                    }
                    any = true;
                    int p = e.getValue();
                    markAll(c, e.getKey(), p, len, next);
                    Span span = spanOf(c, p, len);
                    if (span != null) {
                        out.get(i).put(e.getKey(), span);
                        hitsWith.put(e.getKey(), a);
                    }
                }
                prev[i] = next;
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    /** Distinct n-grams of {@code len} units whose two (n-1)-grams are frequent, with their first start. */
    private static Map<String, Integer> grams(Counterpart c, int len, boolean[] prev) {
        Map<String, Integer> m = new HashMap<>();
        if (c.language == Language.EN) {
            for (int i = 0; i + len <= c.words.size(); i++) {
                if (len > 1 && !(prev[i] && prev[i + 1])) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        key.append(' ');
                    }
                    key.append(c.words.get(k).folded());
                }
                m.putIfAbsent(key.toString(), i);
            }
            return m;
        }
        String t = c.simplified;
        int[] hanEnd = c.hanRunEnds();
        for (int a = 0; a < t.length(); a += Character.charCount(t.codePointAt(a))) {
            if (hanEnd[a] == a || !prev[a]) {
                continue;
            }
            int b = a;
            int k = 0;
            while (k < len && b < hanEnd[a]) {
                b += Character.charCount(t.codePointAt(b));
                k++;
            }
            if (k < len) {
                continue;
            }
            int second = a + Character.charCount(t.codePointAt(a));
            if (len > 1 && !prev[second]) {
                continue;
            }
            m.putIfAbsent(t.substring(a, b), a);
        }
        return m;
    }

    /** Marks every start of {@code key} in {@code c} (from its first one at {@code first}) as frequent. */
    private static void markAll(Counterpart c, String key, int first, int len, boolean[] next) {
        if (c.language == Language.EN) {
            String[] w = key.split(" ", -1);
            outer:
            for (int i = first; i + len <= c.words.size(); i++) {
                for (int k = 0; k < len; k++) {
                    if (!c.words.get(i + k).folded().equals(w[k])) {
                        continue outer;
                    }
                }
                next[i] = true;
            }
            return;
        }
        for (int i = first; i >= 0; i = c.simplified.indexOf(key, i + 1)) {
            next[i] = true;
        }
    }

    /** The span of a candidate n-gram starting at unit {@code p}; null when it may not be a candidate. */
    private static Span spanOf(Counterpart c, int p, int len) {
        if (c.language == Language.EN) {
            // A term neither starts nor ends with a stop word (but may hold one: weapons of mass destruction).
            if (isStop(c.words.get(p).folded()) || isStop(c.words.get(p + len - 1).folded())) {
                return null;
            }
            return c.span(p, p + len - 1);
        }
        int b = p;
        for (int k = 0; k < len; k++) {
            b += Character.charCount(c.simplified.codePointAt(b));
        }
        return new Span(p, b);
    }

    /** Higher score first; on a tie the longer n-gram (a whole term rather than its fragment). */
    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingInt(Scored::length).reversed())
            .thenComparing(Scored::key);

    private static Scored score(String key, int a, int h, double n, long df) {
        double lift = ((double) a / h) / (df / n);
        double s = lift < MIN_LIFT ? 0 : a * Math.log(lift);
        return new Scored(key, s, key.length());
    }

    /** First occurrence of a candidate key in a counterpart outside the evidence, or null. */
    private static Span firstOccurrence(Counterpart c, String key) {
        if (c.language == Language.EN) {
            String[] w = key.split(" ", -1);
            outer:
            for (int i = 0; i + w.length <= c.words.size(); i++) {
                for (int k = 0; k < w.length; k++) {
                    if (!c.words.get(i + k).folded().equals(w[k])) {
                        continue outer;
                    }
                }
                return c.span(i, i + w.length - 1);
            }
            return null;
        }
        int i = c.simplified.indexOf(key);
        return i < 0 ? null : new Span(i, i + key.length());
    }

    private static boolean isStop(String w) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
    }
}
