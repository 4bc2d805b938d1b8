package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.IndexProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search command as an adapter: output formats and exit codes (the behaviour is tested on the facade). */
class SearchCommandTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("doc.zh.txt"), "x");
        Files.writeString(corpus.resolve("doc.en.txt"), "x");
        index = tmp.resolve("index");
        List<AlignedPair> units = new ArrayList<>();
        units.add(new AlignedPair("doc", Level.SENTENCE, "8", 1, "negotiations on an FMCT", "禁产条约谈判", 0.9));
        units.add(new AlignedPair("doc", Level.SENTENCE, "9", 1, "an FMCT must begin", "必须开始谈判禁产条约", 0.8));
        units.add(new AlignedPair("doc", Level.SENTENCE, "9", 2, "the IAEA", "原子能机构", 0.8));
        units.add(new AlignedPair("doc", Level.PARAGRAPH, "10", 1, "talks in Geneva", "日内瓦会谈", 0.9));
        Bitext.index(corpus, index, s -> units, IndexProgress.NONE);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void textOutputMarksQueryAndTranslation() {
        CliRun r = run("search", "禁产条约", "--index", index.toString(), "--no-update");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("禁产条约 → FMCT ×2"), r.out());
        assertTrue(r.out().contains("«禁产条约»谈判"), r.out());
        assertTrue(r.out().contains("negotiations on an «FMCT»"), r.out());
        assertFalse(r.out().contains("\u001b["), "no ANSI codes when not a terminal");
    }

    @Test
    void anUnknownDocumentIsAnErrorNamingIt() {
        CliRun r = run("search", "FMCT", "--index", index.toString(), "--no-update", "--doc", "NOPE");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("NOPE"), r.err());
        assertEquals(0, run("search", "FMCT", "--index", index.toString(), "--no-update", "--doc", "doc").code());
    }

    @Test
    void aParagraphHitReadsAsTheParagraphAsOnThePage() {
        CliRun r = run("search", "日内瓦", "--index", index.toString(), "--no-update", "--level", "paragraph");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("doc ¶10  ("), r.out());
        assertFalse(r.out().contains("¶10.1"), r.out());
    }

    @Test
    void jsonOutputHasTextsOffsetsAndScores() {
        CliRun r = run("search", "FMCT", "--index", index.toString(), "--no-update", "--format", "json");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"query\":\"FMCT\""), json);
        assertTrue(json.contains("\"total\":2"), json);
        assertTrue(json.contains("\"enHighlights\":[[19,23]]"), json);
        assertTrue(json.contains("\"spotted\":\"禁产条约\""), json);
        assertTrue(run("search", "a\"b\\c\"", "--index", index.toString(), "--no-update", "--format", "json").out()
                .contains("\"query\":\"a\\\"b\\\\c\\\"\""));
        assertTrue(json.contains("\"score\":"), json);
        assertTrue(json.contains("\"translations\":[{\"text\":"), json);
    }

    @Test
    void minusWordsAreExclusionsNotOptions() {
        CliRun r = run("search", "FMCT", "-begin", "--index", index.toString(), "--no-update");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 sentence units match"), r.out());
        assertFalse(r.out().contains("must begin"), r.out());
        assertEquals(2, run("search", "FMCT", "--limt", "3", "--index", index.toString(), "--no-update").code());
        assertEquals(2, run("search", "-FMCT", "--index", index.toString(), "--no-update").code());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : List.of(
                new String[] {"search", "\"unbalanced", "--index", index.toString(), "--no-update"},
                new String[] {"search", "核".repeat(2001), "--index", index.toString(), "--no-update"},
                new String[] {"search", "。，！", "--index", index.toString(), "--no-update"},
                new String[] {"search", "FMCT", "--index", tmp.resolve("none").toString(), "--no-update"},
                new String[] {"search", "FMCT", "--index", index.toString(), "--no-update", "--level", "chapter"})) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("bitext:")).count(), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
