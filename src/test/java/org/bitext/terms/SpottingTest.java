package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spotting in search on the shipped corpus after the terms job, for every query issue 13 names. */
class SpottingTest {

    @TempDir
    static Path tmp;
    private static Bitext bitext;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        Bitext.extractTerms(new TermsOptions(corpus, tmp.resolve("index"), null, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        bitext = Bitext.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        bitext.close();
    }

    private static List<Hit> hits(String query) {
        SearchResult r = bitext.search(new SearchRequest(query, 50, 0, org.bitext.align.Level.SENTENCE, null));
        assertFalse(r.hits().isEmpty(), query);
        return r.hits();
    }

    @Test
    void additionalProtocolIsSpottedWholeWithItsPluralAndNotMadeUp() {
        boolean plural = false;
        for (Hit h : hits("附加议定书")) {
            String s = h.spotted();
            assertTrue(s == null || s.equals("Additional Protocol") || s.equals("Additional Protocols"),
                    s + " in " + h.en());
            plural |= "Additional Protocols".equals(s);
        }
        assertTrue(plural);
    }

    @Test
    void weaponsOfMassDestructionIsSpottedWhole() {
        for (Hit h : hits("大规模毁灭性武器")) {
            String s = h.spotted();
            assertTrue(s == null || s.toLowerCase(java.util.Locale.ROOT).startsWith("weapons"), s + " in " + h.en());
        }
    }

    @Test
    void theInitiativeIsSpottedByItsNameNotByAWordBeside() {
        for (Hit h : hits("不扩散和裁军倡议")) {
            String s = h.spotted();
            assertTrue(s == null || s.equals("NPDI") || s.equals("Non-Proliferation and Disarmament Initiative"),
                    s + " in " + h.en());
        }
    }

    @Test
    void aNumberOnBothSidesSpotsItself() {
        for (Hit h : hits("66/44")) {
            assertEquals("66/44", h.spotted(), h.zh());
        }
    }

    @Test
    void aStopWordQuerySpotsNothing() {
        SearchResult r = bitext.search(new SearchRequest("AND", 50, 0, org.bitext.align.Level.SENTENCE, null));
        for (Hit h : r.hits()) {
            assertEquals(null, h.spotted(), h.zh());
        }
        assertTrue(r.translations().isEmpty(), r.translations().toString());
    }

    @Test
    void theExactPhraseRanksFirstAndOnlyItsWordsAreHighlighted() {
        List<Hit> hits = hits("peaceful uses of nuclear energy");
        assertTrue(hits.get(0).en().contains("peaceful uses of nuclear energy"), hits.get(0).en());
        for (Hit h : hits) {
            for (org.bitext.text.Span s : h.enHighlights()) {
                String marked = s.of(h.en()).toLowerCase(java.util.Locale.ROOT);
                assertFalse(marked.equals("us") || marked.equals("of"), marked + " highlighted in " + h.en());
            }
        }
    }
}
