package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext align} and {@code bitext eval}: outputs, exit codes, one-line errors. */
class AlignCommandTest {

    private static final Path ZH = Path.of("corpus/CD-1937.zh.txt");
    private static final Path EN = Path.of("corpus/CD-1937.en.txt");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void presegmentedBeadsAndEval() throws IOException {
        Path en = dir.resolve("a.en");
        Path zh = dir.resolve("a.zh");
        Files.write(en, List.of("The Conference met on 16 June 2012.", "It adopted resolution 66/44.",
                "The meeting rose at noon."), StandardCharsets.UTF_8);
        Files.write(zh, List.of("会议于2012年6月16日举行。", "会议通过了第66/44号决议。", "会议于中午休会。"),
                StandardCharsets.UTF_8);
        Path test = dir.resolve("test.align");
        CliRun r = run("align", "--presegmented", en.toString(), zh.toString(), "-o", test.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"), Files.readAllLines(test, StandardCharsets.UTF_8));
        Path gold = dir.resolve("gold.align");
        Files.write(gold, List.of("[0]:[0]", "[1,2]:[1,2]"), StandardCharsets.UTF_8);
        CliRun e = run("eval", gold.toString(), test.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("strict  P 0.333  R 0.500  F1 0.400"), e.out());
        assertTrue(e.out().contains("lax     P 1.000  R 1.000  F1 1.000"), e.out());
    }

    @Test
    void documentToTmxWithOneUnitPerTwoSidedBead() throws IOException {
        Path tmx = dir.resolve("cd.tmx");
        CliRun r = run("align", ZH.toString(), EN.toString(), "--format", "tmx", "-o", tmx.toString(),
                "--min-confidence", "0.5");
        assertEquals(0, r.code(), r.err());
        String xml = Files.readString(tmx, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<tu[ >]").matcher(xml);
        int units = 0;
        while (m.find()) {
            units++;
        }
        // 68 body beads + letter title, two letter sentences, signature, title, date line
        assertEquals(74, units, xml.substring(0, Math.min(2000, xml.length())));
        assertTrue(xml.contains("segtype=\"sentence\""));
    }

    @Test
    void anEmptyFileIsAOneLineError() throws IOException {
        Path empty = dir.resolve("empty.zh.txt");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        CliRun r = run("align", empty.toString(), EN.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bitext: ") && r.err().contains("empty.zh.txt"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        CliRun p = run("align", "--presegmented", EN.toString(), empty.toString());
        assertEquals(2, p.code());
        assertTrue(p.err().contains("empty.zh.txt"), p.err());
    }
}
