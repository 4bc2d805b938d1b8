package org.bitext.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitext.text.Span;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon CEDICT = Lexicon.cedict();

    @Test
    void cedictIsLoadedOnceAndLarge() {
        assertSame(CEDICT, Lexicon.cedict());
        assertTrue(CEDICT.size() > 150_000, CEDICT.toString());
        assertTrue(CEDICT.maxKeyLength() >= 4 && CEDICT.maxKeyLength() < 64, "" + CEDICT.maxKeyLength());
    }

    @Test
    void disarmamentVocabularyInSimplifiedAndTraditional() {
        assertTrue(CEDICT.english("裁军").contains("disarmament"), CEDICT.english("裁军").toString());
        assertEquals(CEDICT.english("裁军"), CEDICT.english("裁軍"));
        assertTrue(CEDICT.english("条约").contains("treaty"));
        assertTrue(CEDICT.english("條約").contains("treaty"));
        assertEquals(Set.of("nuclear", "weapon"), CEDICT.english("核武器"));
        assertTrue(CEDICT.stems("核武器").contains("weapon"));
        assertTrue(CEDICT.stems("声明").contains(EnglishWords.stem("statements")));
        assertTrue(CEDICT.has("伊斯坦布尔") && CEDICT.has("伊斯坦布爾"));
        assertFalse(CEDICT.has("伊斯坦"));
        assertEquals(Set.of(), CEDICT.english("不是一个词语"));
    }

    @Test
    void glossesAreCleanOfPinyinReferencesClassifiersAndLabels() {
        for (String w : List.of("张", "了", "和", "的", "一", "会议", "声明", "筹委会", "中共", "前边儿", "着")) {
            List<String> glosses = CEDICT.glosses(w);
            assertFalse(glosses.isEmpty(), w);
            for (String g : glosses) {
                assertFalse(g.contains("[") || g.contains("|") || g.contains("(") || g.startsWith("cl:")
                        || g.contains("variant of") || g.contains("surname") || g.contains(" pr.")
                        || EnglishWords.hasHan(g) || !g.equals(g.toLowerCase(java.util.Locale.ROOT)), w + ": " + g);
            }
            for (String word : CEDICT.english(w)) {
                assertFalse(EnglishWords.isStopWord(word) && CEDICT.english(w).size() > 1, w + ": " + word);
            }
        }
        // Pure references are resolved: the erhua variant 前边儿 gets the glosses of 前边.
        assertTrue(CEDICT.english("前边儿").contains("front"), CEDICT.english("前边儿").toString());
        // "abbr. for 中国共产党" becomes the party's name.
        assertTrue(CEDICT.english("中共").contains("communist"), CEDICT.english("中共").toString());
    }

    @Test
    void wordsSegmentsARealSentenceByLongestMatch() {
        String zh = "我们回顾，不扩散和裁军倡议于 2011 年拟订了标准报告格式草案，以鼓励在落实关于建立信任的行动 21 方面取得进展。";
        List<Span> spans = CEDICT.words(zh);
        List<String> words = new ArrayList<>();
        int previousEnd = 0;
        for (Span s : spans) {
            assertTrue(s.start() >= previousEnd, "ordered, non-overlapping: " + spans);
            assertTrue(CEDICT.has(s.of(zh)), s.of(zh));
            previousEnd = s.end();
            words.add(s.of(zh));
        }
        assertTrue(words.containsAll(List.of("我们", "回顾", "扩散", "裁军", "倡议", "拟订", "标准", "报告", "格式",
                "草案", "鼓励", "落实", "建立", "信任", "行动", "方面", "取得", "进展")), words.toString());
        assertFalse(words.contains("，") || words.contains("2011"), words.toString());
        // Longest match: 非核武器国家 is one headword, not 非 + 核武器 + 国家.
        assertEquals(List.of(new Span(0, 6)), CEDICT.words("非核武器国家"));
    }

    @Test
    void wordsOnTraditionalFullWidthAndSurrogatePairs() {
        String trad = "我們強調，需要繼續有系統地裁減所有類型的核武器。";
        List<String> words = CEDICT.words(trad).stream().map(s -> s.of(trad)).toList();
        assertTrue(words.containsAll(List.of("我們", "強調", "需要", "繼續", "裁減", "所有", "類型", "核武器")),
                words.toString());
        String astral = "𠀀核武器𠀁";
        assertEquals(List.of(new Span(2, 5)), CEDICT.words(astral));
        assertEquals(List.of(), CEDICT.words(""));
        assertEquals(List.of(), CEDICT.words("ＮＰＴ 2012"));
    }

    @Test
    void ofAndUnionCombineEntries() {
        Lexicon learned = Lexicon.of(Map.of("筹委会", Set.of("PrepCom"), "倡裁筹", Set.of("brand-new Word", "the")));
        assertEquals(Set.of("prepcom"), learned.english("筹委会"));
        assertEquals(Set.of("brand", "new", "word"), learned.english("倡裁筹"));
        Lexicon both = CEDICT.union(learned);
        assertTrue(both.english("筹委会").containsAll(Set.of("prepcom", "organizing", "committee")),
                both.english("筹委会").toString());
        assertTrue(both.has("倡裁筹") && both.has("裁军") && !CEDICT.has("倡裁筹"));
        assertEquals(CEDICT.size() + 2, both.size());
        String zh = "倡裁筹筹委会";
        assertEquals(List.of(new Span(0, 3), new Span(3, 6)), both.words(zh));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of(" ", Set.of("x"))));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("词", Set.of("--"))));
    }

    @Test
    void englishTokensAndStems() {
        assertEquals(List.of("non", "proliferation", "treaty", "npt", "2010", "one", "s"),
                EnglishWords.tokens("Non-Proliferation Treaty (NPT), 2010: one's"));
        assertEquals(List.of("non", "proliferation", "treaty"), EnglishWords.contentWords("the Non-Proliferation Treaty"));
        assertEquals(EnglishWords.stem("weapon"), EnglishWords.stem("weapons"));
        assertEquals(EnglishWords.stem("implement"), EnglishWords.stem("implementing"));
    }
}
