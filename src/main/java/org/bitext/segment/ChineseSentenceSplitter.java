package org.bitext.segment;

import java.util.List;
import org.bitext.text.Span;

/**
 * Chinese sentences end at 。！？ (full-width, as Chinese typesetting uses them) together with any further
 * end marks and closing quotes or brackets that follow ("……。”" stays with its sentence).
 */
final class ChineseSentenceSplitter implements SentenceSplitter {

    private static final String TERMINALS = "。！？｡";
    private static final String CLOSERS = "”’」』）)】〕》〉\"'］]";

    @Override
    public void split(CharSequence text, int start, int end, List<Span> out) {
        int s = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (TERMINALS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < end && (TERMINALS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                SentenceSplitter.addTrimmed(text, s, j, out);
                s = j;
                i = j;
            } else {
                i++;
            }
        }
        SentenceSplitter.addTrimmed(text, s, end, out);
    }
}
