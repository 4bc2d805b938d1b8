package org.bitext.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * How far two strings translate each other word for word by the dictionary (CC-CEDICT): which Chinese
 * characters belong to a word one of whose glosses stands in the English, and which English content words
 * are glosses of some word of the Chinese. It is the evidence by which a pair's boundaries are set (a side
 * grows over words the other side translates and sheds words it does not), and by which search spots the
 * counterpart of a query.
 */
public final class Coverage {

    /** Counts of one comparison: covered and uncovered Chinese characters and English content words. */
    public record Counts(int zhCovered, int zhUncovered, int enCovered, int enUncovered) {

        /** Share of both sides' units that the other side accounts for, in [0,1]. */
        public double share() {
            int all = zhCovered + zhUncovered + enCovered + enUncovered;
            return all == 0 ? 0 : (double) (zhCovered + enCovered) / all;
        }

        /** True when every Chinese character and every English content word is accounted for. */
        public boolean complete() {
            return zhUncovered == 0 && enUncovered == 0 && zhCovered > 0 && enCovered > 0;
        }
    }

    private final Lexicon lexicon;

    public Coverage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Coverage by the terms stage's dictionary (CC-CEDICT and the prefix senses of {@link TermLexicon}). */
    public static Coverage cedict() {
        return new Coverage(TermLexicon.get());
    }

    /**
     * Compares Chinese {@code zh} with English {@code en}: the better of the forward and the backward greedy
     * segmentations (forward alone cuts 早期预警机制 as 早期 预 警机 制).
     */
    public Counts of(String zh, String en) {
        Counts forward = of(zh, en, lexicon.words(zh));
        if (forward.zhUncovered() == 0) {
            return forward;
        }
        Counts backward = of(zh, en, backwardWords(lexicon, zh));
        return backward.zhCovered() + backward.enCovered() > forward.zhCovered() + forward.enCovered()
                ? backward : forward;
    }

    /** Backward greedy (longest suffix first) segmentation into headwords; uncovered characters skipped. */
    static List<Span> backwardWords(Lexicon lexicon, String zh) {
        java.util.ArrayList<Span> out = new java.util.ArrayList<>();
        int max = lexicon.maxKeyLength();
        int end = zh.length();
        while (end > 0) {
            int found = -1;
            for (int start = Math.max(0, end - max); start < end - 1; start++) {
                if (lexicon.has(zh.substring(start, end))) {
                    found = start;
                    break;
                }
            }
            int start = found >= 0 ? found : zh.offsetByCodePoints(end, -1);
            if (found >= 0 || lexicon.has(zh.substring(start, end))) {
                out.add(new Span(start, end));
            }
            end = start;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private Counts of(String zh, String en, List<Span> words) {
        Set<String> enStems = new HashSet<>();
        List<String> enWords = EnglishWords.contentWords(en);
        for (String w : enWords) {
            enStems.add(EnglishWords.stem(w));
        }
        Set<String> zhStems = new HashSet<>();
        int zhCovered = 0;
        int zhUncovered = 0;
        int at = 0;
        boolean previousHit = false;
        for (Span w : words) {
            boolean adjacent = at == w.start() && w.start() > 0;
            zhUncovered += hanCount(zh, at, w.start());
            at = w.end();
            String word = w.of(zh);
            if (Lexicon.isFunctionWord(word)) {
                previousHit = false;
                continue;
            }
            // A bound suffix (纪实性: 纪实 + 性) is translated together with the word it follows; its own
            // glosses (性: nature, sex) would only match by accident.
            if (adjacent && previousHit && TermLexicon.isSuffix(word)) {
                zhCovered += hanCount(zh, w.start(), w.end());
                continue;
            }
            boolean hit = hits(lexicon.stems(word), enStems, zhStems);
            if (!hit) {
                hit = hits(TermLexicon.stemsWithParts(lexicon, word), enStems, zhStems);
            }
            int n = hanCount(zh, w.start(), w.end());
            previousHit = hit;
            if (hit) {
                zhCovered += n;
            } else {
                zhUncovered += n;
            }
        }
        zhUncovered += hanCount(zh, at, zh.length());
        int enCovered = 0;
        for (String w : enWords) {
            if (zhStems.contains(EnglishWords.stem(w))) {
                enCovered++;
            }
        }
        return new Counts(zhCovered, zhUncovered, enCovered, enWords.size() - enCovered);
    }

    private static boolean hits(Set<String> stems, Set<String> enStems, Set<String> zhStems) {
        zhStems.addAll(stems);
        for (String s : stems) {
            if (enStems.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static int hanCount(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (org.bitext.text.Scripts.isHan(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
