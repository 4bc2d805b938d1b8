package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext lookup} and {@code bitext search --format tmx|csv}: output, analysis, one-line errors. */
class LookupCommandTest {

    @TempDir
    static Path dir;
    static Path corpus;
    static Path index;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        index = dir.resolve("index");
        CliRun r = run("index", corpus.toString(), "--index", index.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun lookup(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "lookup";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--index";
        all[args.length + 2] = index.toString();
        all[args.length + 3] = "--no-update";
        return run(all);
    }

    @Test
    void editedSentenceShowsMatchDiffAndAdaptedTranslation() {
        CliRun r = lookup("Bearing in mind General Assembly resolution 67/53, and building on earlier initiatives by"
                + " NPDI members to examine technical aspects of an FMCT, we support the expert-level meetings that"
                + " Germany and the Netherlands will hold in Geneva this year with the aim of supporting the"
                + " commencement of negotiations.");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(" 99%  CD-1937 ¶10."), r.out());
        assertTrue(r.out().contains("resolution [-66/44-]{+67/53+}"), r.out());
        assertTrue(r.out().contains("adapted      考虑到联合国大会第{+67/53+}号决议"), r.out());
    }

    @Test
    void fileAnalysisPrintsTheBandsAndWritesTmx() throws IOException {
        Path draft = Files.writeString(dir.resolve("draft.txt"), String.join("\n",
                "1. We encourage them to start implementing its provisions on a voluntary basis pending its entry"
                        + " into force.",
                "2. The weather in the mountains was cold and the rivers froze early.",
                "3. We encourage them to start implementing its provisions on a voluntary basis pending its entry"
                        + " into force.", ""), StandardCharsets.UTF_8);
        Path tmx = dir.resolve("project.tmx");
        CliRun r = lookup("--file", draft.toString(), "--format", "tmx", "-o", tmx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*85-94%\\s+1\\s+17\\n.*no match\\s+1\\s+12\\n.*repetitions\\s+1\\s+17\\n.*"),
                r.err());
        String t = Files.readString(tmx, StandardCharsets.UTF_8);
        assertTrue(t.contains("<prop type=\"x-match\">") && t.contains("begin implementing its provisions"), t);
        assertFalse(t.contains("weather"), t);
        // The output is not overwritten.
        CliRun again = lookup("--file", draft.toString(), "--format", "tmx", "-o", tmx.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        CliRun missing = lookup("--file", dir.resolve("nope.docx").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().strip().split("\n").length, missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());
        CliRun empty = lookup("--file", Files.writeString(dir.resolve("empty.txt"), "").toString());
        assertEquals(2, empty.code());
        assertFalse(empty.err().contains("\tat "), empty.err());
        CliRun tooLong = lookup("word ".repeat(2500));
        assertEquals(2, tooLong.code());
        assertTrue(tooLong.err().startsWith("bitext: text of 12,500 characters is too long"), tooLong.err());
        CliRun blank = lookup("   ");
        assertEquals(0, blank.code());
        assertTrue(blank.out().contains("No match: empty text"), blank.out());
        CliRun neither = lookup("12345");
        assertTrue(neither.out().contains("neither English nor Chinese"), neither.out());
        assertEquals(2, lookup("x", "--min", "101").code());
        assertEquals(2, run("lookup", "--index", index.toString()).code());
    }

    @Test
    void searchExportsTmxAndCsv() {
        CliRun tmx = run("search", "FMCT", "--index", index.toString(), "--no-update", "--format", "tmx");
        assertEquals(0, tmx.code(), tmx.err());
        assertTrue(tmx.out().startsWith("<?xml") && tmx.out().contains("<tuv xml:lang=\"zh-CN\"><seg>"), tmx.out());
        CliRun csv = run("search", "禁产条约", "--index", index.toString(), "--no-update", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFdocument,paragraph,unit,en,zh,spotted"), csv.out());
        assertTrue(csv.out().contains(",FMCT\r\n"), csv.out());
    }

    /** CD/1937 is dated 24 August 2012 by its masthead: a range holding that day keeps it, others leave it out. */
    @Test
    void dateRangesKeepOrLeaveOutTheDocumentByItsMastheadDate() {
        String[] search = {"search", "禁产条约", "--index", index.toString(), "--no-update"};
        CliRun day = run(concat(search, "--from", "2012-08-24", "--to", "2012-08-24"));
        assertEquals(0, day.code(), day.err());
        assertTrue(day.out().contains("禁产条约 → FMCT"), day.out());
        CliRun after = run(concat(search, "--from", "2012-08-25"));
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().startsWith("No sentence units dated from 2012-08-25 on match 禁产条约"), after.out());
        CliRun before = run(concat(search, "--to", "2012-08-23", "--format", "json"));
        assertTrue(before.out().contains("\"to\":\"2012-08-23\"") && before.out().contains("\"total\":0"),
                before.out());

        String text = "We encourage them to start implementing its provisions on a voluntary basis pending its entry"
                + " into force.";
        CliRun kept = lookup(text, "--from", "2012-01-01", "--to", "2012-12-31");
        assertEquals(0, kept.code(), kept.err());
        assertTrue(kept.out().contains("CD-1937"), kept.out());
        CliRun left = lookup(text, "--to", "2011-12-31");
        assertEquals(0, left.code(), left.err());
        assertFalse(left.out().contains("CD-1937"), left.out());
        assertTrue(left.out().contains("dated up to 2011-12-31"), left.out());
    }

    @Test
    void aBadDateIsOneLineAndExitTwo() {
        for (CliRun r : new CliRun[] {
                run("search", "FMCT", "--index", index.toString(), "--no-update", "--from", "24/08/2012"),
                lookup("FMCT", "--to", "2012-02-30"),
                lookup("FMCT", "--from", "2013-01-01", "--to", "2012-01-01")}) {
            assertEquals(2, r.code(), r.out());
            assertEquals(1, r.err().strip().split("\n").length, r.err());
            assertTrue(r.err().contains("2012"), r.err());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
