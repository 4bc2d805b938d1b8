package org.bitext.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bitext.text.Scripts;
import org.bitext.text.WordList;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The one English tokenization that lexicon entries and the aligner's English sentences share, so that a
 * gloss word and a text word compare equal: lower-cased runs of letters and digits, English function words
 * dropped, and (for matching inflected forms) the Snowball English stem.
 */
public final class EnglishWords {


    private EnglishWords() {
    }

    /** Lower-cased runs of letters and digits of {@code text}, in order; apostrophes and hyphens split. */
    public static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                // ASCII, nearly every character of a gloss: the same answers without Unicode tables
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                    cur.append((char) cp);
                    continue;
                }
                if (cp >= 'A' && cp <= 'Z') {
                    cur.append((char) (cp + ('a' - 'A')));
                    continue;
                }
            } else if (Character.isLetterOrDigit(cp) && !Scripts.isHan(cp)) {
                cur.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** {@link #tokens} without function words: the words that count as translation evidence. */
    public static List<String> contentWords(CharSequence text) {
        List<String> out = tokens(text);
        out.removeIf(EnglishWords::isStopWord);
        return out;
    }

    /** True for an English function word (or a CC-CEDICT convention such as "sb") in lower case. */
    public static boolean isStopWord(String lowerCaseWord) {
        return StopWords.SET.contains(lowerCaseWord);
    }

    /** The Snowball (Porter2) English stem of a lower-case word: "weapons" and "weapon" give "weapon". */
    public static String stem(String lowerCaseWord) {
        EnglishStemmer s = Stemmer.PER_THREAD.get();
        s.setCurrent(lowerCaseWord);
        s.stem();
        return s.getCurrent();
    }

    /** Snowball stemmers keep state between calls, so each thread gets its own (created on first use). */
    private static final class Stemmer {
        static final ThreadLocal<EnglishStemmer> PER_THREAD = ThreadLocal.withInitial(EnglishStemmer::new);
    }

    /** Lazy holder: the list is read on first use and a missing resource fails loudly. */
    private static final class StopWords {
        static final Set<String> SET = WordList.EN_GLOSS_STOPWORDS.words();
    }
}
