package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexical tokens of both languages: number words combined, irregular forms matched, function words ignored. */
class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Translations.none());

    private List<String> strong(String english) {
        return tokenizer.english(english).strong();
    }

    @Test
    void runsOfNumberWordsAreOneNumber() {
        assertTrue(strong("And all the days were an hundred and twenty years.").contains("#120"));
        assertTrue(strong("In two thousand and twelve the Conference met.").contains("#2012"));
        assertTrue(strong("Twenty-five States signed.").contains("#25"));
        assertTrue(strong("threescore and ten").contains("#70"));
        List<String> separate = strong("Five States and the Committee: three members.");
        assertTrue(separate.contains("#5") && separate.contains("#3"), separate.toString());
        assertFalse(separate.contains("#8"), separate.toString());
        assertTrue(strong("the first session").contains("#1"));
    }

    @Test
    void numberWordsAgreeWithChineseNumerals() {
        assertTrue(tokenizer.chinese("以撒共活了一百二十岁。").strong().contains("#120"));
    }

    @Test
    void irregularFormsMeetTheirBaseForm() {
        List<String> weak = tokenizer.english("The delegations took note and the children spoke.").weak();
        assertTrue(weak.contains(tokenizer.englishKey("take")), weak.toString());
        assertTrue(weak.contains(tokenizer.englishKey("child")), weak.toString());
        assertTrue(weak.contains(tokenizer.englishKey("speak")), weak.toString());
        // ambiguous forms are left alone: "left" is not "leave"
        assertTrue(tokenizer.english("the left side").weak().contains(tokenizer.stem("left")));
    }

    @Test
    void chineseFunctionWordsAreNotEvidence() {
        List<String> weak = tokenizer.chinese("他们的代表团已经批准了这个报告。").weak();
        for (String w : List.of("的", "他们", "已经", "了", "这个")) {
            assertFalse(weak.contains(w), w + " in " + weak);
        }
        assertFalse(weak.isEmpty());
    }
}
