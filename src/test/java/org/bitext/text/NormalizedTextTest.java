package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The NFKC view used for matching, with offsets that lead back to the original characters. */
class NormalizedTextTest {

    @Test
    void fullWidthDigitsAndLatinFoldToAscii() {
        NormalizedText t = NormalizedText.of("第６６／４４号决议和ＦＭＣＴ");
        assertEquals("第66/44号决议和FMCT", t.normalized());
        int at = t.normalized().indexOf("66/44");
        Span original = t.toOriginal(new Span(at, at + 5));
        assertEquals("６６／４４", original.of(t.original()));
        int f = t.normalized().indexOf("FMCT");
        assertEquals("ＦＭＣＴ", t.toOriginal(new Span(f, f + 4)).of(t.original()));
    }

    @Test
    void expandingCharactersMapToTheirWholeOriginal() {
        // U+3392 SQUARE MHZ becomes three letters; any part of them maps back to the one symbol.
        NormalizedText t = NormalizedText.of("5\u3392 band");
        assertEquals("5MHz band", t.normalized());
        assertEquals("\u3392", t.toOriginal(new Span(2, 3)).of(t.original()));
        assertEquals("5\u3392", t.toOriginal(new Span(0, 4)).of(t.original()));
        assertEquals(new Span(t.original().length(), t.original().length()),
                t.toOriginal(new Span(t.normalized().length(), t.normalized().length())));
    }

    @Test
    void surrogatePairsAndUnchangedTextKeepOffsets() {
        String s = "a\uD840\uDC00b 禁产条约";
        NormalizedText t = NormalizedText.of(s);
        assertEquals(s, t.normalized());
        for (int i = 0; i < s.length(); i++) {
            assertEquals(i, t.toOriginal(i));
        }
    }

    @Test
    void compatibilityIdeographsAndCombiningMarks() {
        NormalizedText t = NormalizedText.of("Ame\u0301lie \uF900");
        assertEquals("Amélie \u8C48", t.normalized());
        assertEquals("e\u0301", t.toOriginal(new Span(2, 3)).of(t.original()));
    }
}
