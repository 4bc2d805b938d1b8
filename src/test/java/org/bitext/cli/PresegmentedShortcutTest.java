package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picocli-free path of {@code bitext align --presegmented}: it takes exactly the plain forms, leaves
 * everything else to picocli, and gives the same beads, exit codes and messages as the picocli path.
 */
class PresegmentedShortcutTest {

    private static final Path EN = Path.of("corpus/CD-1937.en.txt");
    private static final Path ZH = Path.of("corpus/CD-1937.zh.txt");

    @TempDir
    Path dir;

    @Test
    void plainFormsAreParsedInAnyOrder() {
        assertEquals(new PresegmentedShortcut.Args(Path.of("a.en"), Path.of("b.zh"), Language.EN, null),
                PresegmentedShortcut.parse(new String[] {"align", "--presegmented", "a.en", "b.zh"}));
        assertEquals(new PresegmentedShortcut.Args(Path.of("a.zh"), Path.of("b.en"), Language.ZH, Path.of("o")),
                PresegmentedShortcut.parse(new String[] {"align", "a.zh", "--src-lang=zh-CN", "--presegmented",
                    "b.en", "-o", "o"}));
        assertEquals(new PresegmentedShortcut.Args(Path.of("a"), Path.of("b"), Language.EN, Path.of("o")),
                PresegmentedShortcut.parse(new String[] {"align", "--output=o", "--src-lang", "en", "a", "b",
                    "--presegmented"}));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        List<String[]> others = List.of(
                new String[] {"align", "a", "b"},
                new String[] {"align", "--presegmented", "a"},
                new String[] {"align", "--presegmented", "a", "b", "c"},
                new String[] {"align", "--presegmented", "a", "b", "--help"},
                new String[] {"align", "--presegmented", "a", "b", "--verbose"},
                new String[] {"align", "--presegmented", "a", "b", "--format", "tsv"},
                new String[] {"align", "--presegmented", "--presegmented", "a", "b"},
                new String[] {"align", "--presegmented", "a", "b", "-o", "x", "-o", "y"},
                new String[] {"align", "--presegmented", "a", "b", "--src-lang", "fr"},
                new String[] {"align", "--presegmented", "a", "b", "--src-lang"},
                new String[] {"align", "--presegmented", "a", "b", "-ox"},
                new String[] {"align", "--presegmented", "@args.txt", "b"},
                new String[] {"align", "--presegmented", "-", "b"},
                new String[] {"align", "--presegmented=true", "a", "b"},
                new String[] {"segment", "--presegmented", "a", "b"});
        for (String[] args : others) {
            assertNull(PresegmentedShortcut.parse(args), String.join(" ", args));
        }
        StringWriter err = new StringWriter();
        assertEquals(PresegmentedShortcut.NOT_HANDLED, PresegmentedShortcut.run(new String[] {"--help"},
                new ByteArrayOutputStream(), new PrintWriter(err, true)));
        assertEquals("", err.toString());
    }

    @Test
    void sameBeadsAsThePicocliPath() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Path viaShortcut = dir.resolve("shortcut-" + lang + ".align");
            Path viaPicocli = dir.resolve("picocli-" + lang + ".align");
            Path src = lang.equals("en") ? EN : ZH;
            Path tgt = lang.equals("en") ? ZH : EN;
            Shortcut s = shortcut("align", "--presegmented", src.toString(), tgt.toString(), "--src-lang", lang,
                    "-o", viaShortcut.toString());
            CliRun p = CliRun.of("align", "--presegmented", src.toString(), tgt.toString(), "--src-lang", lang,
                    "-o", viaPicocli.toString());
            assertEquals(0, s.code(), s.err());
            assertEquals(0, p.code(), p.err());
            List<String> beads = Files.readAllLines(viaShortcut, StandardCharsets.UTF_8);
            assertTrue(beads.size() > 50, beads.toString());
            assertEquals(Files.readAllLines(viaPicocli, StandardCharsets.UTF_8), beads);
        }
        Shortcut toStdout = shortcut("align", "--presegmented", EN.toString(), ZH.toString());
        assertEquals(0, toStdout.code(), toStdout.err());
        assertEquals(String.join("\n", Files.readAllLines(dir.resolve("shortcut-en.align"),
                StandardCharsets.UTF_8)) + "\n", toStdout.out());
    }

    @Test
    void badInputGivesTheSameOneLineErrorAsPicocli() throws IOException {
        Path empty = dir.resolve("empty.zh");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.zh");
        for (Path bad : List.of(empty, missing)) {
            String[] args = {"align", "--presegmented", EN.toString(), bad.toString()};
            Shortcut s = shortcut(args);
            CliRun p = CliRun.of(args);
            assertEquals(2, s.code());
            assertEquals(p.code(), s.code());
            assertEquals(p.err(), s.err());
            assertTrue(s.err().startsWith("bitext: ") && s.err().contains(bad.getFileName().toString()), s.err());
            assertEquals(1, s.err().strip().lines().count(), s.err());
        }
    }

    private record Shortcut(int code, String out, String err) {
    }

    private static Shortcut shortcut(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = PresegmentedShortcut.run(args, out, new PrintWriter(err, true));
        return new Shortcut(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
