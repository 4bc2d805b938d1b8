package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.bitext.text.Language;
import org.bitext.text.Scripts;
import org.bitext.text.Span;
import org.bitext.text.TraditionalChinese;

/**
 * The other side of a hit, prepared for spotting: English as folded words and stems with their offsets,
 * Chinese as Simplified text whose offsets are those of the original (the transform maps character for
 * character; when it does not, the original is used as is).
 */
final class Counterpart {

    private static final Analyzer EXACT = BitextAnalyzers.englishExact();
    private static final Analyzer STEMMED = BitextAnalyzers.englishStems();

    /** One English word: folded form, stem, offsets into the original text. */
    record Word(String folded, String stem, int start, int end) {
    }

    final Language language;
    final String text;
    /** Simplified text with the original's offsets (Chinese only). */
    final String simplified;
    final List<Word> words;
    private int[] hanEnds;

    Counterpart(Language language, String text) {
        this.language = language;
        this.text = text;
        if (language == Language.ZH) {
            String s = TraditionalChinese.simplify(text);
            this.simplified = s.length() == text.length() ? s : text;
            this.words = List.of();
        } else {
            this.simplified = text;
            this.words = words(text);
        }
    }

    /** Where {@code phrase} (in the counterpart's language) occurs, or null. English compares folded words. */
    Span find(String phrase) {
        if (language == Language.ZH) {
            String p = TraditionalChinese.simplify(phrase.strip());
            int i = p.isEmpty() ? -1 : simplified.indexOf(p);
            return i < 0 ? null : new Span(i, i + p.length());
        }
        List<String> q = folded(phrase);
        if (q.isEmpty()) {
            return null;
        }
        outer:
        for (int i = 0; i + q.size() <= words.size(); i++) {
            for (int k = 0; k < q.size(); k++) {
                if (!words.get(i + k).folded.equals(q.get(k))) {
                    continue outer;
                }
            }
            return new Span(words.get(i).start, words.get(i + q.size() - 1).end);
        }
        return null;
    }

    /** Every non-overlapping occurrence of {@code phrase}, compared as {@link #find} does. */
    List<Span> findAll(String phrase) {
        List<Span> out = new ArrayList<>();
        if (language == Language.ZH) {
            String p = TraditionalChinese.simplify(phrase.strip());
            for (int i = p.isEmpty() ? -1 : simplified.indexOf(p); i >= 0; i = simplified.indexOf(p, i + p.length())) {
                out.add(new Span(i, i + p.length()));
            }
            return out;
        }
        List<String> q = folded(phrase);
        if (q.isEmpty()) {
            return out;
        }
        outer:
        for (int i = 0; i + q.size() <= words.size(); i++) {
            for (int k = 0; k < q.size(); k++) {
                if (!words.get(i + k).folded.equals(q.get(k))) {
                    continue outer;
                }
            }
            out.add(new Span(words.get(i).start, words.get(i + q.size() - 1).end));
            i += q.size() - 1;
        }
        return out;
    }

    /**
     * For each char index of the Simplified text, the end of the run of Han characters starting there (the
     * index itself where the character is not Han): the statistics' candidates lie inside such runs.
     */
    int[] hanRunEnds() {
        if (hanEnds == null) {
            String t = simplified;
            int[] ends = new int[t.length() + 1];
            int end = t.length();
            ends[end] = end;
            for (int i = t.length() - 1; i >= 0; i--) {
                int cp = Character.codePointAt(t, i);
                if (Character.isLowSurrogate(t.charAt(i)) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1))) {
                    ends[i] = i; // inside a pair: not a start
                    continue;
                }
                boolean han = Scripts.isHan(cp);
                if (!han) {
                    end = i;
                }
                ends[i] = han ? end : i;
            }
            hanEnds = ends;
        }
        return hanEnds;
    }

    /** Covered English span of words {@code from..to} inclusive. */
    Span span(int from, int to) {
        return new Span(words.get(from).start, words.get(to).end);
    }

    static List<String> folded(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : words(s)) {
            out.add(w.folded);
        }
        return out;
    }

    static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : words(s)) {
            out.add(w.stem);
        }
        return out;
    }

    private static List<Word> words(String text) {
        List<Raw> exact = tokens(EXACT, text);
        List<Raw> stemmed = tokens(STEMMED, text);
        List<Word> out = new ArrayList<>(exact.size());
        for (int i = 0; i < exact.size(); i++) {
            Raw e = exact.get(i);
            // Both chains share the tokenizer, so tokens correspond one to one.
            String stem = i < stemmed.size() ? stemmed.get(i).term : e.term;
            out.add(new Word(e.term, stem, e.start, e.end));
        }
        return out;
    }

    private record Raw(String term, int start, int end) {
    }

    private static List<Raw> tokens(Analyzer a, String text) {
        List<Raw> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Raw(term.toString(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
