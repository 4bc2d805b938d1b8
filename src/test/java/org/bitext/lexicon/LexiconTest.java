package org.bitext.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.bitext.text.Scripts;
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
    void everyTraditionalReferenceInTheBundledResourceResolves() throws IOException {
        // Traditional headwords sharing their Simplified form's glosses are stored as "=简体"; none may dangle.
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.CEDICT_RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            int references = 0;
            for (String line = r.readLine(); (line = r.readLine()) != null; ) {
                String key = line.substring(0, line.indexOf('\t'));
                assertFalse(CEDICT.glosses(key).isEmpty(), line);
                references += line.contains("\t=") ? 1 : 0;
            }
            assertTrue(references > 10_000, "references: " + references);
        }
    }

    @Test
    void everyHeadwordOfTheBundledResourceIsFoundWholeAndAsTheLongestMatch() throws IOException {
        // the packed layer's hash table, its Bloom filters and its UTF-16 copy of the keys may not lose one
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.CEDICT_RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            int keys = 0;
            for (String line = r.readLine(); (line = r.readLine()) != null; ) {
                String key = line.substring(0, line.indexOf('\t'));
                assertTrue(CEDICT.has(key), key);
                assertEquals(key.length(), CEDICT.longestMatch(key, 0, key.length()), key);
                assertEquals(key.length(), CEDICT.longestMatch("\u3002" + key, 1, key.length() + 1), key);
                assertFalse(CEDICT.has(key + "\u3002"), key);
                keys++;
            }
            assertEquals(CEDICT.size(), keys);
        }
    }

    @Test
    void preloadThenCedictGivesTheSameLexicon() {
        Lexicon.preload();
        assertSame(CEDICT, Lexicon.cedict());
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
                        || Scripts.hasHan(g) || !g.equals(g.toLowerCase(Locale.ROOT)), w + ": " + g);
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
        assertEquals(6, CEDICT.longestMatch("非核武器国家", 0, 6));
        assertEquals(3, CEDICT.longestMatch("非核武器国家", 1, 5), "bounded by 'to': 核武器");
        assertEquals(0, CEDICT.longestMatch("，核武器", 0, 4));
        assertEquals(0, CEDICT.longestMatch("核武器", 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> CEDICT.longestMatch("核武器", 2, 4));
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

    /** Share of the content words of {@code zh} that have a translation (by stem) among the words of {@code en}. */
    private static double evidence(Lexicon lex, String zh, String en) {
        Set<String> stems = new HashSet<>();
        for (String t : EnglishWords.contentWords(en)) {
            stems.add(EnglishWords.stem(t));
        }
        int words = 0;
        int translated = 0;
        for (Span s : lex.words(zh)) {
            String w = s.of(zh);
            if (Lexicon.isFunctionWord(w)) {
                continue;
            }
            words++;
            if (lex.stems(w).stream().anyMatch(stems::contains)) {
                translated++;
            }
        }
        return words == 0 ? 0 : (double) translated / words;
    }

    @Test
    void cedictSeparatesTranslationsFromNeighboursOnTheGoldAlignment() throws IOException {
        // The point of the lexicon: on the gold beads of CD/1937, a Chinese sentence shares far more
        // translated words with its own English sentence than with the next one.
        List<String[]> gold = new ArrayList<>();
        try (InputStream in = LexiconTest.class.getResourceAsStream("/corpus/CD-1937.alignment.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    gold.add(lines[i].split("\t"));
                }
            }
        }
        double own = 0;
        double next = 0;
        for (int i = 0; i < gold.size(); i++) {
            own += evidence(CEDICT, gold.get(i)[4], gold.get(i)[3]);
            next += evidence(CEDICT, gold.get((i + 1) % gold.size())[4], gold.get(i)[3]);
        }
        own /= gold.size();
        next /= gold.size();
        assertTrue(own > 0.45, "own " + own);
        assertTrue(own > 3 * next, "own " + own + ", next " + next);
    }

    @Test
    void traditionalCharactersAreDetectedWithoutIcu() throws IOException {
        assertTrue(Lexicon.hasTraditionalCharacters("我們強調，需要繼續有系統地裁減所有類型的核武器。"));
        assertTrue(Lexicon.hasTraditionalCharacters("條約"));
        assertFalse(Lexicon.hasTraditionalCharacters("条约"));
        assertFalse(Lexicon.hasTraditionalCharacters(""));
        // The whole shipped (Simplified) Chinese text has none.
        String zh = new String(Files.readAllBytes(Path.of("corpus/CD-1937.zh.txt")),
                StandardCharsets.UTF_8);
        assertFalse(Lexicon.hasTraditionalCharacters(zh));
    }

    @Test
    void functionWordsAreMarked() {
        for (String w : List.of("的", "了", "和", "在", "我们", "我們", "關於")) {
            assertTrue(Lexicon.isFunctionWord(w), w);
        }
        for (String w : List.of("裁军", "条约", "核武器", "中", "上")) {
            assertFalse(Lexicon.isFunctionWord(w), w);
        }
        // Their rare readings are exactly what the aligner must not count: 的 → "taxi", "target".
        assertTrue(CEDICT.english("的").contains("taxi"));
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
