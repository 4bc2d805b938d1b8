package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TraditionalChinese;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The must-show searches on the shipped corpus (units from the gold alignment), through the facade. */
class SearchTest {

    private static final String DOC = "CD-1937";

    @TempDir
    static Path tmp;
    static Bitext bitext;
    static List<AlignedPair> gold;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        IndexReport r = Bitext.index(corpus, tmp.resolve("index"), GoldPairs.source(), IndexProgress.NONE);
        assertEquals(1, r.added());
        bitext = Bitext.open(tmp.resolve("index"));
        gold = GoldPairs.cd1937(DOC);
    }

    @AfterAll
    static void close() {
        bitext.close();
    }

    private static Set<String> expected(Level level, Predicate<AlignedPair> p) {
        Set<String> out = new TreeSet<>();
        for (AlignedPair u : gold) {
            if (u.level() == level && p.test(u)) {
                out.add(u.paragraph() + "." + u.unit());
            }
        }
        return out;
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.paragraph() + "." + h.unit()));
        return out;
    }

    private static List<String> covered(String text, List<Span> spans) {
        List<String> out = new ArrayList<>();
        spans.forEach(s -> out.add(s.of(text)));
        return out;
    }

    @Test
    void chineseTermFindsEveryUnitAndSpotsFmct() {
        for (Level level : Level.values()) {
            SearchResult r = bitext.search(new SearchRequest("禁产条约", 50, 0, level, null));
            Set<String> want = expected(level, u -> u.zh().contains("禁产条约"));
            assertFalse(want.isEmpty());
            assertEquals(want, ids(r), "units with 禁产条约 at " + level);
            assertEquals(List.of(Language.ZH), r.queryLanguages());
            for (Hit h : r.hits()) {
                assertTrue(covered(h.zh(), h.zhHighlights()).contains("禁产条约"), h.zh());
                assertEquals("FMCT", h.spotted(), h.en());
                assertTrue(covered(h.en(), h.enHighlights()).contains("FMCT"), h.en());
            }
            assertEquals("FMCT", r.translations().get(0).text());
            assertEquals(want.size(), r.translations().get(0).count());
        }
    }

    @Test
    void acronymFindsTheSameUnitsAndSpotsTheChineseTerm() {
        SearchResult zh = bitext.search(SearchRequest.of("禁产条约"));
        SearchResult r = bitext.search(SearchRequest.of("FMCT"));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("FMCT")), ids(r));
        assertEquals(ids(zh), ids(r));
        for (Hit h : r.hits()) {
            assertTrue(covered(h.en(), h.enHighlights()).contains("FMCT"));
            assertNotNull(h.spotted(), h.zh());
            assertTrue(h.spotted().equals("禁产条约") || h.spotted().startsWith("禁止生产"), h.spotted());
            assertTrue(covered(h.zh(), h.zhHighlights()).contains(h.spotted()));
        }
    }

    /** Highlights come from re-analysing the shown hits (the postings hold no offsets): every kind of clause. */
    @Test
    void highlightsMarkEveryOccurrenceForEveryKindOfClause() {
        SearchResult one = bitext.search(new SearchRequest("核", 50, 0, Level.SENTENCE, null));
        assertFalse(one.hits().isEmpty());
        for (Hit h : one.hits()) {
            long count = h.zh().chars().filter(c -> c == '核').count();
            String marked = String.join("", covered(h.zh(), h.zhHighlights()));
            assertEquals(count, marked.chars().filter(c -> c == '核').count(), h.zh());
            assertTrue(marked.chars().allMatch(c -> c == '核'), marked);
        }
        for (Hit h : bitext.search(SearchRequest.of("禁產條約")).hits()) {
            assertTrue(covered(h.zh(), h.zhHighlights()).contains("禁产条约"), h.zh());
        }
        SearchResult stemmed = bitext.search(SearchRequest.of("protocols"));
        assertFalse(stemmed.hits().isEmpty());
        for (Hit h : stemmed.hits()) {
            assertTrue(covered(h.en(), h.enHighlights()).stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith("protocol")),
                    h.en());
        }
        SearchResult prefix = bitext.search(SearchRequest.of("prolif*"));
        assertFalse(prefix.hits().isEmpty());
        for (Hit h : prefix.hits()) {
            List<String> words = covered(h.en(), h.enHighlights());
            assertFalse(words.isEmpty(), h.en());
            words.forEach(w -> assertTrue(w.toLowerCase(Locale.ROOT).startsWith("prolif"), w));
        }
        SearchResult quoted = bitext.search(SearchRequest.of("\"nuclear weapons\""));
        assertFalse(quoted.hits().isEmpty());
        for (Hit h : quoted.hits()) {
            assertTrue(covered(h.en(), h.enHighlights()).stream()
                    .anyMatch(w -> w.equalsIgnoreCase("nuclear weapons")), h.en());
        }
    }

    /** The index keeps unigrams only at the edges of Han runs; a lone character must still find every unit. */
    @Test
    void oneCharacterFindsEveryUnitHoldingIt() {
        for (String c : List.of("核", "约", "器", "产", "武", "禁")) { // 产, 武: mostly inside runs
            for (Level level : Level.values()) {
                Set<String> want = expected(level, u -> TraditionalChinese.simplify(u.zh()).contains(c));
                SearchResult r = bitext.search(new SearchRequest(c, 500, 0, level, null));
                assertFalse(want.isEmpty(), c);
                assertEquals(want.size(), r.totalHits(), c + " at " + level);
                assertEquals(want, ids(r), c + " at " + level);
            }
        }
    }

    /** Two lone characters across punctuation are a phrase of two positions, as with every unigram indexed. */
    @Test
    void loneCharactersAcrossPunctuationStillMatchInsideARun() {
        Set<String> want = expected(Level.SENTENCE, u -> u.zh().contains("核武") || u.zh().contains("核、武"));
        assertFalse(want.isEmpty());
        assertEquals(want, ids(bitext.search(new SearchRequest("核、武", 100, 0, Level.SENTENCE, null))));
    }

    /** A character beside digits is found as its unigram at a run end, or as the bigram it begins. */
    @Test
    void characterBesideDigitsIsFoundAtItsRunEdge() {
        for (String q : List.of("2015年", "2012年6月", "2014年", "年6")) { // 2014年筹委会: 年 begins a run
            Set<String> want = expected(Level.SENTENCE, u -> u.zh().replace(" ", "").contains(q));
            assertFalse(want.isEmpty(), q);
            assertEquals(want, ids(bitext.search(new SearchRequest(q, 100, 0, Level.SENTENCE, null))), q);
        }
    }

    /** The stemmed field drops stop words; a query of stop words alone is matched on the exact field. */
    @Test
    void stopWordsAloneAndInsidePhrases() {
        SearchResult not = bitext.search(new SearchRequest("not", 100, 0, Level.SENTENCE, null));
        assertEquals(expected(Level.SENTENCE, u -> u.en().matches("(?s).*\\b[Nn]ot\\b.*")), ids(not));
        for (Hit h : not.hits()) {
            assertTrue(covered(h.en(), h.enHighlights()).stream().anyMatch(w -> w.equalsIgnoreCase("not")), h.en());
        }
        SearchResult loose = bitext.search(new SearchRequest("Treaty on the Non-Proliferation", 100, 0,
                Level.SENTENCE, null));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("Treaty on the Non-Proliferation")), ids(loose));
    }

    @Test
    void traditionalQueryGivesTheSameHits() {
        SearchResult simplified = bitext.search(SearchRequest.of("禁产条约"));
        SearchResult traditional = bitext.search(SearchRequest.of("禁產條約"));
        assertEquals(ids(simplified), ids(traditional));
        assertEquals(simplified.translations(), traditional.translations());
    }

    @Test
    void additionalProtocolSpotsItsChineseName() {
        SearchResult r = bitext.search(SearchRequest.of("\"Additional Protocol\""));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("Additional Protocol ")
                || u.en().contains("Additional Protocol.") || u.en().contains("Additional Protocol,")), ids(r));
        for (Hit h : r.hits()) {
            assertEquals("附加议定书", h.spotted());
        }
        // Unquoted, the stemmed words also find the plural.
        SearchResult loose = bitext.search(SearchRequest.of("additional protocols"));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("Additional Protocol")), ids(loose));
        loose.hits().forEach(h -> assertEquals("附加议定书", h.spotted(), h.zh()));
    }

    @Test
    void iaeaIsSpottedForItsChineseName() {
        SearchResult r = bitext.search(SearchRequest.of("原子能机构"));
        assertEquals(expected(Level.SENTENCE, u -> u.zh().contains("原子能机构")), ids(r));
        for (Hit h : r.hits()) {
            if (h.en().contains("IAEA")) {
                assertEquals("IAEA", h.spotted());
            }
        }
        assertEquals("IAEA", r.translations().get(0).text());
    }

    @Test
    void spotsAreAlwaysSubstringsOfTheCounterpart() {
        for (String q : List.of("nuclear", "核", "safeguards", "裁谈会", "CD", "verification", "不扩散条约")) {
            for (Hit h : bitext.search(new SearchRequest(q, 100, 0, Level.SENTENCE, null)).hits()) {
                if (h.spotted() != null) {
                    String other = QuerySyntax.languageOf(q) == Language.ZH ? h.en() : h.zh();
                    assertTrue(other.contains(h.spotted()), q + ": " + h.spotted() + " not in " + other);
                }
            }
        }
    }

    @Test
    void englishSyntaxExcludeOrPrefixAndCase() {
        Set<String> fmct = ids(bitext.search(SearchRequest.of("fmct")));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("FMCT")), fmct);
        Set<String> withoutCd = ids(bitext.search(SearchRequest.of("FMCT -CD")));
        assertEquals(expected(Level.SENTENCE, u -> u.en().contains("FMCT") && !u.en().matches(".*\\bCD\\b.*")),
                withoutCd);
        Set<String> either = ids(bitext.search(new SearchRequest("FMCT OR CTBT", 100, 0, Level.SENTENCE, null)));
        assertEquals(expected(Level.SENTENCE, u -> u.en().matches("(?s).*\\b(FMCT|CTBT)\\b.*")), either);
        Set<String> prefix = ids(bitext.search(new SearchRequest("proliferat*", 100, 0, Level.SENTENCE, null)));
        assertEquals(expected(Level.SENTENCE, u -> u.en().toLowerCase(Locale.ROOT)
                .matches("(?s).*\\bproliferat.*")), prefix);
    }

    @Test
    void documentFilterAndPaging() {
        // A document the index does not hold is bad input, not "no match".
        org.bitext.text.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.bitext.text.BadInputException.class,
                () -> bitext.search(new SearchRequest("FMCT", 20, 0, Level.SENTENCE, "other")));
        assertTrue(e.getMessage().contains("other"), e.getMessage());
        SearchResult all = bitext.search(new SearchRequest("FMCT", 20, 0, Level.SENTENCE, DOC));
        SearchResult second = bitext.search(new SearchRequest("FMCT", 2, 2, Level.SENTENCE, DOC));
        assertEquals(all.totalHits(), second.totalHits());
        assertEquals(all.hits().subList(2, 4).stream().map(Hit::paragraph).toList(),
                second.hits().stream().map(Hit::paragraph).toList());
    }

    @Test
    void paragraphAndForEachUnitReturnTheIndexedUnits() {
        List<AlignedPair> p8 = bitext.paragraph(DOC, "8");
        List<AlignedPair> want = gold.stream()
                .filter(u -> u.level() == Level.SENTENCE && u.paragraph().equals("8")).toList();
        assertEquals(want, p8);
        List<AlignedPair> paragraphs = new ArrayList<>();
        bitext.forEachUnit(Level.PARAGRAPH, paragraphs::add);
        assertEquals(gold.stream().filter(u -> u.level() == Level.PARAGRAPH).count(), paragraphs.size());
    }

    @Test
    void hostileQueriesAreOneLineErrors() {
        BadInputException tooLong = assertThrows(BadInputException.class,
                () -> bitext.search(SearchRequest.of("核".repeat(2001))));
        assertTrue(tooLong.getMessage().contains("2000"), tooLong.getMessage());
        BadInputException punct = assertThrows(BadInputException.class,
                () -> bitext.search(SearchRequest.of("（）。，！？ ... ---")));
        assertTrue(punct.getMessage().contains("punctuation"), punct.getMessage());
        assertThrows(BadInputException.class, () -> bitext.search(SearchRequest.of("\"Additional Protocol")));
        assertThrows(BadInputException.class, () -> bitext.search(SearchRequest.of("OR FMCT")));
        assertThrows(BadInputException.class, () -> bitext.search(SearchRequest.of("-FMCT")));
        // 2,000 characters exactly is allowed and simply finds nothing.
        assertEquals(0, bitext.search(SearchRequest.of("禁".repeat(2000))).totalHits());
    }
}
