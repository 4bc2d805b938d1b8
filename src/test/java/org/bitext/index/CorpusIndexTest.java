package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.Tmx;
import org.bitext.text.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the facade with the real aligner and TMX reader: the shipped corpus plus a good and a
 * corrupt TMX file. Expected units are computed from what the index holds, never hard-coded.
 */
class CorpusIndexTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path index;
    static IndexReport report;
    static Bitext bitext;
    static List<AlignedPair> sentences = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        List<AlignedPair> memory = List.of(
                new AlignedPair("memory", Level.SENTENCE, "1", 1, "The Comprehensive Nuclear-Test-Ban Treaty.",
                        "全面禁止核试验条约。", 1.0));
        Files.createDirectories(corpus.resolve("tm"));
        Tmx.write(memory, Level.SENTENCE, 0.5, corpus.resolve("tm/good.tmx"));
        Files.writeString(corpus.resolve("tm/broken.tmx"),
                "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</seg>\n",
                StandardCharsets.UTF_8);
        index = tmp.resolve("index");
        report = Bitext.index(corpus, index);
        bitext = Bitext.open(index);
        bitext.forEachUnit(Level.SENTENCE, sentences::add);
    }

    @AfterAll
    static void close() {
        bitext.close();
    }

    private static Set<String> expected(Predicate<AlignedPair> p) {
        Set<String> out = new TreeSet<>();
        sentences.stream().filter(p).forEach(u -> out.add(u.document() + ":" + u.paragraph() + "." + u.unit()));
        return out;
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.document() + ":" + h.paragraph() + "." + h.unit()));
        return out;
    }

    private static boolean marked(String text, List<Span> spans, String s) {
        return spans.stream().anyMatch(sp -> sp.of(text).equals(s));
    }

    @Test
    void corruptTmxIsReportedWithItsLineAndTheRestIsIndexed() {
        assertEquals(1, report.errors().size(), report.errors().toString());
        String e = report.errors().get(0);
        assertTrue(e.contains("broken.tmx") && e.contains("line"), e);
        assertEquals(3, report.sources());
        SearchResult r = bitext.search(SearchRequest.of("全面禁止核试验条约"));
        assertTrue(r.hits().stream().anyMatch(h -> !h.document().equals("CD-1937")
                && h.en().equals("The Comprehensive Nuclear-Test-Ban Treaty.")), "good TMX indexed: " + r.hits());
    }

    @Test
    void mustShowOnTheAlignersPairs() {
        SearchResult zh = bitext.search(new SearchRequest("禁产条约", 100, 0, Level.SENTENCE, null));
        assertEquals(expected(u -> u.zh().contains("禁产条约")), ids(zh));
        assertFalse(zh.hits().isEmpty());
        for (Hit h : zh.hits()) {
            assertTrue(marked(h.zh(), h.zhHighlights(), "禁产条约"));
            if (h.en().contains("FMCT")) {
                assertEquals("FMCT", h.spotted(), h.en());
                assertTrue(marked(h.en(), h.enHighlights(), "FMCT"));
            }
        }
        assertEquals("FMCT", zh.translations().get(0).text());

        SearchResult en = bitext.search(new SearchRequest("FMCT", 100, 0, Level.SENTENCE, null));
        assertEquals(expected(u -> u.en().contains("FMCT")), ids(en));
        for (Hit h : en.hits()) {
            assertNotNull(h.spotted(), h.zh());
            assertTrue(h.zh().contains(h.spotted()));
            assertTrue(h.spotted().equals("禁产条约") || h.spotted().startsWith("禁止生产"), h.spotted());
        }

        assertEquals(ids(zh), ids(bitext.search(new SearchRequest("禁產條約", 100, 0, Level.SENTENCE, null))));

        SearchResult ap = bitext.search(SearchRequest.of("\"Additional Protocol\""));
        assertFalse(ap.hits().isEmpty());
        ap.hits().forEach(h -> assertEquals("附加议定书", h.spotted(), h.zh()));

        SearchResult iaea = bitext.search(SearchRequest.of("原子能机构"));
        assertEquals("IAEA", iaea.translations().get(0).text());
    }

    @Test
    void unchangedCorpusWritesNothingAndSearchStaysCurrent() {
        IndexReport again = Bitext.index(corpus, index);
        assertFalse(again.committed(), "nothing changed; the corrupt TMX is reported again but nothing is written");
        assertEquals(2, again.unchanged());
        assertEquals(1, again.errors().size());
        assertTrue(Bitext.indexIfStale(corpus, index, IndexProgress.NONE).isPresent());
        // An index built from another corpus folder is left alone by search's automatic update.
        assertTrue(Bitext.indexIfStale(tmp, index, IndexProgress.NONE).isEmpty());
    }
}
