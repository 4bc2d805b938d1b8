package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentence length for the length model: code points that are not white space (the ASCII shortcut included). */
class LengthScorerLengthTest {

    private static int reference(String s) {
        return (int) s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
    }

    @Test
    void everyCharacterCountsAsTheUnicodeDefinitionSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = "a" + (char) c + "b";
            assertEquals(reference(s), LengthScorer.length(s), Integer.toHexString(c));
        }
    }

    @Test
    void realSentencesAndSurrogatePairs() {
        for (String s : new String[] {"The Conference met on 16 June 2012.\t", "会议于2012年6月16日举行。",
            "\u3000全角空格\u00A0不间断空格", "𠮷野家 \uD842\uDFB7", "", " \n\r\u001F"}) {
            assertEquals(reference(s), LengthScorer.length(s), s);
        }
        assertEquals(4, LengthScorer.length("𠮷 野 家 x"));
    }
}
