package org.bitext.index;

import java.util.ArrayList;
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
    private static final int MIN_ZH_CHARS = 1;
    private static final int MAX_ZH_CHARS = 8;
    /** Candidates whose exact df is looked up (the others keep the bound); keeps search latency flat. */
    private static final int EXACT_LOOKUPS = 12;
    /** Small corpora make even the right translation look common; a modest lift still counts. */
    private static final double MIN_LIFT = 1.2;
    private static final double MIN_HIT_SHARE = 0.1;

    private AssociationSpotter() {
    }

    private record Occurrence(String key, Span span) {
    }

    private record Scored(String key, double score, int length) {
    }

    /**
     * Spots in each of {@code targets} the candidate best associated with the query over {@code evidence}
     * (the hit set; usually the same list as the targets).
     */
    static List<Spotter.Spot> spot(Background bg, String query, List<Counterpart> evidence,
                                   List<Counterpart> targets) {
        List<Map<String, Span>> evidenceCands = candidateMaps(evidence);
        List<Map<String, Span>> targetCands = targets == evidence ? evidenceCands : candidateMaps(targets);
        List<Spotter.Spot> out = new ArrayList<>(targets.size());
        int h = evidence.size();
        if (h == 0 || targets.isEmpty()) {
            targets.forEach(t -> out.add(null));
            return out;
        }
        Map<String, Integer> hitsWith = new HashMap<>();
        for (Map<String, Span> m : evidenceCands) {
            for (String k : m.keySet()) {
                hitsWith.merge(k, 1, Integer::sum);
            }
        }
        Language lang = evidence.get(0).language;
        double n = Math.max(1, bg.numDocs());
        String q = query.toLowerCase(Locale.ROOT);
        // One hit is no evidence of association (every n-gram of it would tie); over many hits, an n-gram in
        // under a tenth of them is too weak to spot, and skipping it saves the term-statistics lookups.
        int minHits = Math.max(2, (int) Math.ceil(h * MIN_HIT_SHARE));
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : hitsWith.entrySet()) {
            int a = e.getValue();
            if (a < minHits || q.contains(e.getKey())) {
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
            Map<String, Span> here = targetCands.get(i);
            Spotter.Spot spot = null;
            for (Scored s : ranked) {
                Span sp = here.get(s.key());
                if (sp != null) {
                    spot = new Spotter.Spot(sp, sp.of(targets.get(i).text), "association");
                    break;
                }
            }
            out.add(spot);
        }
        return out;
    }

    private static List<Map<String, Span>> candidateMaps(List<Counterpart> cps) {
        List<Map<String, Span>> out = new ArrayList<>(cps.size());
        for (Counterpart c : cps) {
            Map<String, Span> first = new HashMap<>();
            for (Occurrence o : candidates(c)) {
                first.putIfAbsent(o.key(), o.span());
            }
            out.add(first);
        }
        return out;
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

    private static List<Occurrence> candidates(Counterpart c) {
        List<Occurrence> out = new ArrayList<>();
        if (c.language == Language.EN) {
            for (int i = 0; i < c.words.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (int k = i; k < Math.min(c.words.size(), i + MAX_EN_WORDS); k++) {
                    String w = c.words.get(k).folded();
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(w);
                    if (isStop(c.words.get(i).folded()) || isStop(w)) {
                        continue;
                    }
                    out.add(new Occurrence(key.toString(), c.span(i, k)));
                }
            }
            return out;
        }
        String t = c.simplified;
        int i = 0;
        while (i < t.length()) {
            if (!isHan(t.codePointAt(i))) {
                i += Character.charCount(t.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < t.length() && isHan(t.codePointAt(i))) {
                i += Character.charCount(t.codePointAt(i));
            }
            addRun(t, start, i, out);
        }
        return out;
    }

    /** Every code-point substring of the Han run [start, end) of 1..8 characters. */
    private static void addRun(String t, int start, int end, List<Occurrence> out) {
        for (int a = start; a < end; a += Character.charCount(t.codePointAt(a))) {
            int b = a;
            for (int len = 1; len <= MAX_ZH_CHARS && b < end; len++) {
                b += Character.charCount(t.codePointAt(b));
                if (len >= MIN_ZH_CHARS) {
                    out.add(new Occurrence(t.substring(a, b), new Span(a, b)));
                }
            }
        }
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isStop(String w) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
    }
}
