package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Lucene-style token assertions (BaseTokenStreamTestCase#assertAnalyzesTo, hand-written for JUnit 5). */
final class TokenAssert {

    private TokenAssert() {
    }

    /** Asserts terms, start and end offsets, and position increments of {@code text} analysed by {@code a}. */
    static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends, int[] posIncs)
            throws IOException {
        List<String> gotTerms = new ArrayList<>();
        List<Integer> gotStarts = new ArrayList<>();
        List<Integer> gotEnds = new ArrayList<>();
        List<Integer> gotIncs = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = 0;
            while (ts.incrementToken()) {
                gotTerms.add(term.toString());
                gotStarts.add(off.startOffset());
                gotEnds.add(off.endOffset());
                gotIncs.add(inc.getPositionIncrement());
                // Lucene's own invariants: offsets within the text, start <= end, starts never go backwards.
                if (off.startOffset() < lastStart || off.endOffset() < off.startOffset()
                        || off.endOffset() > text.length()) {
                    throw new AssertionError("bad offsets " + off.startOffset() + "-" + off.endOffset()
                            + " for '" + term + "' in '" + text + "'");
                }
                lastStart = off.startOffset();
            }
            ts.end();
            assertEquals(text.length(), off.endOffset(), "final offset");
        }
        assertEquals(List.of(terms), gotTerms, "terms of '" + text + "'");
        if (starts != null) {
            assertEquals(box(starts), gotStarts, "start offsets of '" + text + "'");
        }
        if (ends != null) {
            assertEquals(box(ends), gotEnds, "end offsets of '" + text + "'");
        }
        if (posIncs != null) {
            assertEquals(box(posIncs), gotIncs, "position increments of '" + text + "'");
        }
    }

    static void assertAnalyzesTo(Analyzer a, String text, String... terms) throws IOException {
        assertAnalyzesTo(a, text, terms, null, null, null);
    }

    private static List<Integer> box(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }
}
