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

    /** Coverage of the CC-CEDICT lexicon bundled with bitext. */
    public static Coverage cedict() {
        return new Coverage(Lexicon.cedict());
    }

    /** Compares Chinese {@code zh} with English {@code en}. */
    public Counts of(String zh, String en) {
        Set<String> enStems = new HashSet<>();
        List<String> enWords = EnglishWords.contentWords(en);
        for (String w : enWords) {
            enStems.add(EnglishWords.stem(w));
        }
        Set<String> zhStems = new HashSet<>();
        int zhCovered = 0;
        int zhUncovered = 0;
        int at = 0;
        for (Span w : lexicon.words(zh)) {
            zhUncovered += hanCount(zh, at, w.start());
            at = w.end();
            String word = w.of(zh);
            if (Lexicon.isFunctionWord(word)) {
                continue;
            }
            Set<String> stems = lexicon.stems(word);
            zhStems.addAll(stems);
            boolean hit = false;
            for (String s : stems) {
                if (enStems.contains(s)) {
                    hit = true;
                    break;
                }
            }
            int n = hanCount(zh, w.start(), w.end());
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

    private static int hanCount(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (ZhTerms.isHan(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
