package org.bitext.segment;

import java.util.List;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Splits a stretch of text into sentences. Implementations return spans that are ordered, non-overlapping,
 * trimmed of white space and together cover every non-space character of the stretch.
 */
interface SentenceSplitter {

    /** Appends the sentence spans of {@code text[start, end)} (absolute offsets) to {@code out}. */
    void split(CharSequence text, int start, int end, List<Span> out);

    static SentenceSplitter forLanguage(Language language) {
        return language == Language.ZH ? new ChineseSentenceSplitter() : new EnglishSentenceSplitter();
    }

    /** Adds {@code [start, end)} trimmed of white space, when anything remains. */
    static void addTrimmed(CharSequence text, int start, int end, List<Span> out) {
        while (start < end && LineScanner.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && LineScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
