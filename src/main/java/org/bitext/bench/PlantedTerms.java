package org.bitext.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.bitext.terms.TermPair;
import org.bitext.text.DataFiles;
import org.bitext.text.WordList;

/**
 * The multi-word terms and acronyms that {@link ZipfCorpus} plants, drawn once from the seed: noun phrases
 * of two to four head words of the vocabulary ({@code A B}, {@code A B C}, {@code A of B C}, {@code A B C D}, the last word a
 * noun) with their word-for-word Chinese (reordered for {@code of}: "A of B C" gives B C A, as
 * "weapons of mass destruction" gives 大规模毁灭性武器), and acronyms: a title-case name of three or four
 * words, its initials ({@code FMCT}) and a Chinese abbreviation (the first character of each word but the
 * last, then the last word: 禁止 生产 材料 条约 gives 禁产材条约) that the Chinese
 * definition finder can read back from "全称(简称)".
 *
 * <p>A term is kept only when the terms job can see it as one candidate on both sides: its Chinese is at
 * most 12 characters and six ICU words, ICU breaks before and after it between function words, and none
 * of its ICU words is a function word or bound prefix. Ranks of the terms follow their own Zipf
 * law ({@link #weight}).
 *
 * @param terms the planted terms, most frequent first
 */
record PlantedTerms(List<Term> terms) {

    /**
     * One planted term.
     *
     * @param en      English, lower case (acronym names in title case)
     * @param zh      Chinese
     * @param acronym the English acronym, or null for a plain term
     * @param zhShort the Chinese abbreviation, or null for a plain term
     */
    record Term(String en, String zh, String acronym, String zhShort) {
        boolean isAcronym() {
            return acronym != null;
        }
    }

    /** Head ranks the term words are drawn from: specific enough to be terms, frequent enough to be real. */
    private static final int FIRST_RANK = 150;
    private static final int LAST_RANK = 9000;

    PlantedTerms {
        terms = List.copyOf(terms);
    }

    /** {@code count} terms of which about one in five is an acronym, deterministic in {@code seed}. */
    static PlantedTerms draw(ZipfVocabulary vocabulary, long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Set<String> banned = new HashSet<>(WordList.ZH_TERM_EDGE_FUNCTION_WORDS.words());
        banned.addAll(DataFiles.lines(TermPair.class, "prefix.zh.txt"));
        List<ZipfVocabulary.Word> nouns = new ArrayList<>();
        List<ZipfVocabulary.Word> modifiers = new ArrayList<>();
        for (int i = FIRST_RANK; i < Math.min(LAST_RANK, vocabulary.headSize()); i++) {
            ZipfVocabulary.Word w = vocabulary.headWord(i);
            if (w.wordClass() == 'N') {
                nouns.add(w);
                modifiers.add(w);
            } else if (w.wordClass() == 'J') {
                modifiers.add(w);
            }
        }
        BreakIterator icu = BreakIterator.getWordInstance(ULocale.ROOT);
        Set<String> seen = new HashSet<>();
        List<Term> out = new ArrayList<>();
        int attempts = 0;
        while (out.size() < count) {
            if (++attempts > count * 200) {
                throw new IllegalStateException("cannot draw " + count + " planted terms from the vocabulary");
            }
            boolean acronym = out.size() % 5 == 2;
            int words = acronym ? 3 + r.nextInt(2) : 2 + r.nextInt(3);
            List<ZipfVocabulary.Word> parts = new ArrayList<>();
            for (int i = 0; i < words - 1; i++) {
                parts.add(modifiers.get(r.nextInt(modifiers.size())));
            }
            parts.add(nouns.get(r.nextInt(nouns.size())));
            // "A of B C": the first word is the head, the rest its complement (not for acronyms, whose
            // initials would then include the "of").
            boolean of = !acronym && words == 3 && r.nextInt(3) == 0 && parts.get(0).wordClass() == 'N';
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String w = parts.get(i).en();
                en.append(i == 0 ? "" : " ").append(acronym ? capitalize(w) : w);
                if (of && i == 0) {
                    en.append(" of");
                }
            }
            for (int i = of ? 1 : 0; i < parts.size(); i++) {
                zh.append(parts.get(i).zh());
            }
            if (of) {
                zh.append(parts.get(0).zh());
            }
            String acr = null;
            String zhShort = null;
            if (acronym) {
                StringBuilder a = new StringBuilder();
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < parts.size(); i++) {
                    a.append(Character.toUpperCase(parts.get(i).en().charAt(0)));
                    s.append(i < parts.size() - 1 ? parts.get(i).zh().substring(0, 1) : parts.get(i).zh());
                }
                acr = a.toString();
                zhShort = s.toString();
                if (!readsBack(zh.toString(), zhShort) || !oneCandidate(icu, zhShort, banned)) {
                    continue;
                }
            }
            String key = en.toString().toLowerCase(Locale.ROOT);
            if (!oneCandidate(icu, zh.toString(), banned) || !seen.add(key) || !seen.add(zh.toString())
                    || acr != null && (!seen.add(acr) || !seen.add(zhShort))) {
                continue;
            }
            out.add(new Term(en.toString(), zh.toString(), acr, zhShort));
        }
        return new PlantedTerms(out);
    }

    /**
     * Relative frequency of the term of rank {@code rank} (0-based): Zipf with exponent 1, shifted by 2 so
     * that the first few terms do not swamp the rest.
     */
    static double weight(int rank) {
        return 1.0 / (rank + 3);
    }

    private static String capitalize(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * True when the shortest end of {@code full} that holds the characters of {@code abbreviation} in order
     * is {@code full} itself: what the Chinese definition finder reads as the long form of "full(abbr)".
     */
    static boolean readsBack(String full, String abbreviation) {
        int t = full.length() - 1;
        for (int s = abbreviation.length() - 1; s >= 0; s--) {
            char c = abbreviation.charAt(s);
            while (t >= 0 && full.charAt(t) != c) {
                t--;
            }
            if (t < 0) {
                return false;
            }
            if (s > 0) {
                t--;
            }
        }
        return t == 0 && full.length() > abbreviation.length();
    }

    /**
     * True when ICU's word breaks make {@code zh} one term candidate between function words: breaks at both
     * ends, at most six words and twelve characters, no function word or prefix at either edge.
     */
    private static boolean oneCandidate(BreakIterator icu, String zh, Set<String> banned) {
        if (zh.length() > 12) {
            return false;
        }
        for (String[] around : new String[][] {{"在", "的"}, {"和", "中"}, {"。", "，"}}) {
            String text = around[0] + zh + around[1];
            icu.setText(text);
            List<Integer> breaks = new ArrayList<>();
            for (int b = icu.first(); b != BreakIterator.DONE; b = icu.next()) {
                breaks.add(b);
            }
            int from = breaks.indexOf(1);
            int to = breaks.indexOf(1 + zh.length());
            if (from < 0 || to < 0 || to - from > 6) {
                return false;
            }
            // Any function word inside breaks the candidate (的, 有 …), at an edge it is cut off.
            for (int i = from; i < to; i++) {
                if (banned.contains(text.substring(breaks.get(i), breaks.get(i + 1)))) {
                    return false;
                }
            }
            if (banned.contains(zh.substring(zh.length() - 1))) {
                return false;
            }
        }
        return true;
    }
}
