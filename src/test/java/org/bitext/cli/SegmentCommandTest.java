package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext segment} and {@code bitext bench segment}: output, exit codes, one-line errors. */
class SegmentCommandTest {

    private static final Path ZH = Path.of("src/test/resources/corpus/CD-1937.zh.txt");
    private static final Path EN = Path.of("src/test/resources/corpus/CD-1937.en.txt");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void textOutlineOfTheChineseFile() {
        CliRun r = run("segment", ZH.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# CD-1937 (zh): 7 front-matter blocks, 24 paragraphs (24 numbered), "
                + "73 body sentences\n"), r.out());
        assertTrue(r.out().contains("[SIGNATURE]\n    常驻代表 大使 奥乌兹·德米拉尔普(签名)\n"), r.out());
        assertTrue(r.out().contains("[24]\n"));
    }

    @Test
    void jsonOutputHasSpansAndTexts() {
        CliRun r = run("segment", EN.toString(), "--format", "json", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\"id\":\"CD-1937\",\"language\":\"en\",\"layout\":\"HARD_WRAPPED\",\"symbol\":\"CD/1937\",\"text\":\""),
                json.substring(0, 80));
        assertTrue(json.contains("{\"kind\":\"SIGNATURE\",\"start\":"), json);
        assertTrue(json.contains("\"number\":24,\"kind\":\"NUMBERED\",\"address\":\"¶24\",\"start\":"));
        // The text field round-trips through JSON escaping, and the spans index into it.
        int from = json.indexOf("\"text\":\"") + 8;
        int to = json.indexOf("\",\"frontMatter\"");
        String text = StringEscapeUtils.unescapeJson(json.substring(from, to));
        assertTrue(text.contains("the Treaty's verification regime"));
        assertTrue(json.contains("\"warnings\":[]}"));
    }

    @Test
    void explicitEncodingReadsGb18030() throws IOException {
        Path gb = Files.write(dir.resolve("doc.zh.txt"),
                Files.readString(ZH, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
        CliRun auto = run("segment", gb.toString());
        CliRun forced = run("segment", gb.toString(), "--encoding", "GB18030");
        assertEquals(0, auto.code(), auto.err());
        assertEquals(auto.out(), forced.out());
        CliRun wrong = run("segment", gb.toString(), "--encoding", "UTF-8");
        assertEquals(2, wrong.code());
        assertOneLine(wrong.err(), "bitext: " + gb + ": cannot be decoded as UTF-8 at byte offset ");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun r = run("segment", empty.toString());
        assertEquals(2, r.code());
        assertEquals("bitext: " + empty + ": file is empty\n", r.err().replace("\r\n", "\n"));

        Path nul = Files.write(dir.resolve("nul.txt"), new byte[] {'a', 'b', 0, 'c'});
        r = run("segment", nul.toString());
        assertEquals(2, r.code());
        assertOneLine(r.err(), "bitext: " + nul + ": holds a NUL byte at byte offset 2");

        r = run("segment", dir.resolve("missing.txt").toString());
        assertEquals(2, r.code());
        assertOneLine(r.err(), "bitext: " + dir.resolve("missing.txt") + ": no such file");

        r = run("segment", ZH.toString(), "--encoding", "klingon");
        assertEquals(2, r.code());
        assertOneLine(r.err(), "bitext: unknown encoding 'klingon'");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("segment", ZH.toString(), "--lang", "fr").code());
        assertEquals(2, run("segment", ZH.toString(), "--format", "xml").code());
        assertEquals(2, run("segment").code());
    }

    @Test
    void benchSegmentPrintsThroughput() {
        CliRun r = run("bench", "segment", "--mb", "1", "--corpus", ZH.getParent().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("segment zh: ") && r.out().contains("segment en: "), r.out());
        assertTrue(r.out().matches("(?s).*segment total: [0-9.]+ MB in [0-9.]+ s wall = [0-9.]+ MB/s; [0-9.]+ s CPU = [0-9.]+ MB/s.*"), r.out());
        assertEquals(2, run("bench", "segment", "--corpus", dir.toString()).code());
        assertEquals(2, run("bench", "segment", "--mb", "0").code());
    }

    private static void assertOneLine(String err, String prefix) {
        String e = err.replace("\r\n", "\n");
        assertTrue(e.startsWith(prefix), e);
        assertEquals(1, e.split("\n").length, e);
        assertTrue(e.endsWith("\n") && !e.contains("\tat "), e);
    }
}
