package org.bitext.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Set;
import org.bitext.text.Span;

/**
 * English sentences from ICU's sentence {@link BreakIterator},
 * minus the breaks after an abbreviation of our own list ({@code abbreviations.en.txt}): "No. 5",
 * "para. 3", "Rev. 1" stay whole. Symbols such as "A/66/L.1/Rev.1" have no space and never break.
 */
final class EnglishSentenceSplitter implements SentenceSplitter {

    /** ICU iterators are not thread-safe; each thread clones the prototype once. */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(
            () -> (BreakIterator) Prototype.INSTANCE.clone());

    private static final class Prototype {
        static final BreakIterator INSTANCE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    }

    private final Set<String> abbreviations = SegmentRules.get().abbreviations;

    @Override
    public void split(CharSequence text, int start, int end, List<Span> out) {
        BreakIterator it = ITERATOR.get();
        it.setText(text.subSequence(start, end));
        int s = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b < end - start && endsWithAbbreviation(text, start, start + b)) {
                continue;
            }
            SentenceSplitter.addTrimmed(text, start + s, start + b, out);
            s = b;
        }
        SentenceSplitter.addTrimmed(text, start + s, end, out);
    }

    /** True when the last token before {@code pos} (white space skipped) is a listed abbreviation. */
    private boolean endsWithAbbreviation(CharSequence text, int from, int pos) {
        int e = pos;
        while (e > from && LineScanner.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && !LineScanner.isSpace(text.charAt(s - 1))) {
            s--;
        }
        // An opening bracket or quote is not part of the abbreviation: "(e.g." is "e.g.".
        while (s < e && "([{\"'“‘".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        return s < e && abbreviations.contains(text.subSequence(s, e).toString());
    }
}
