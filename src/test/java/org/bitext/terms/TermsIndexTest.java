package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.cli.Main;
import org.bitext.index.Hit;
import org.bitext.index.IndexProgress;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.lexicon.Glossary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms job reading an index built from the CD/1937 gold pairs, search reading its table, and the CLI. */
class TermsIndexTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        index = tmp.resolve("index");
        List<org.bitext.align.AlignedPair> gold = GoldUnits.read(GoldUnits.GOLD);
        Bitext.index(corpus, index, source -> gold, IndexProgress.NONE);
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void termsFromTheIndexMatchTheGoldRunAndSearchSpotsThroughTheTable() {
        TermsReport report = Bitext.extractTerms(new TermsOptions(null, index, null, 2, 0, null, 0.5));
        TermExtractor.Result direct = new TermExtractor(new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { })
                .extract(GoldUnits.source(), GoldUnits.GOLD);
        assertEquals(direct.terms().stream().map(t -> t.pair().zh() + "=" + t.pair().en()).toList(),
                report.terms().stream().map(t -> t.pair().zh() + "=" + t.pair().en()).toList());
        TermTable table = TermTable.readFrom(index).orElseThrow();
        assertEquals("FMCT", table.byZh("禁产条约").get(0).en());
        try (Bitext b = Bitext.open(index)) {
            SearchResult r = b.search(SearchRequest.of("禁产条约"));
            assertFalse(r.hits().isEmpty());
            for (Hit h : r.hits()) {
                assertEquals("FMCT", h.spotted(), h.en());
            }
            assertEquals("FMCT", r.translations().get(0).text());
        }
    }

    @Test
    void commandLineWritesTbxAndReportsGlossaryLines() throws IOException {
        Path glossary = tmp.resolve("g.tsv");
        Files.writeString(glossary, "出口管制\texport controls\nbroken line\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("t.tbx");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = cli(o, e, "terms", "--index", index.toString(), "-o", out.toString(), "--top", "30",
                "--glossary", glossary.toString());
        assertEquals(0, code, e.toString());
        assertTrue(e.toString().contains("line 2"), e.toString());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("<conceptEntry"));
        assertEquals(30, TermTable.readFrom(index).orElseThrow().pairs().size());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(2, cli(o, e, "terms", "--index", tmp.resolve("nothing").toString()));
        assertTrue(e.toString().startsWith("bitext: ") && e.toString().contains("no index here"), e.toString());
        assertEquals(1, e.toString().strip().lines().count(), e.toString());
        StringWriter e2 = new StringWriter();
        assertEquals(2, cli(o, e2, "terms", "--index", index.toString(), "-o", tmp.resolve("x.pdf").toString()));
        assertTrue(e2.toString().contains("unknown output format"), e2.toString());
        StringWriter e3 = new StringWriter();
        assertEquals(2, cli(o, e3, "terms", tmp.resolve("no-corpus").toString(), "--index", index.toString()));
        assertTrue(e3.toString().contains("corpus folder not found"), e3.toString());
    }

    @Test
    void emptyCorpusIsAClearMessage() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(2, cli(o, e, "terms", empty.toString(), "--index", tmp.resolve("empty-index").toString()));
        assertTrue(e.toString().contains("no aligned units") || e.toString().contains("no document"), e.toString());
    }
}
