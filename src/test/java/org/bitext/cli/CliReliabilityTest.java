package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, points 6 and 7 through the real command line in a child JVM: output lost to a full device is an
 * error, an output never replaces an input, out-of-memory is one line with exit 2, and the search offset
 * cannot overflow.
 */
class CliReliabilityTest {

    private static final Path ZH = Path.of("corpus/CD-1937.zh.txt");
    private static final Path EN = Path.of("corpus/CD-1937.en.txt");

    @TempDir
    Path dir;

    /** Exit code and stderr of {@code bitext ARGS} in a child JVM, stdout sent to {@code stdout}. */
    private static Result child(List<String> jvm, File stdout, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
        return new Result(p.exitValue(), err);
    }

    private record Result(int code, String err) {
    }

    @Test
    void standardOutputToAFullDeviceIsAnError() throws Exception {
        Result r = child(List.of(), new File("/dev/full"), "align", ZH.toString(), EN.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("standard output: write error"), r.err());
        Result o = child(List.of(), new File("/dev/null"), "align", ZH.toString(), EN.toString(), "-o", "/dev/full");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("bitext: /dev/full: cannot write"), o.err());
    }

    @Test
    void outOfMemoryIsOneLineWithExitTwo() throws Exception {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            a.append("Sentence number ").append(i).append(" of the long English side.\n");
            b.append("第").append(i).append("句，中文的一边。\n");
        }
        Path en = Files.writeString(dir.resolve("big.en"), a, StandardCharsets.UTF_8);
        Path zh = Files.writeString(dir.resolve("big.zh"), b, StandardCharsets.UTF_8);
        Result r = child(List.of("-Xmx24m"), new File("/dev/null"), "align", "--presegmented", en.toString(),
                zh.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("bitext: out of memory") && r.err().contains("BITEXT_JAVA_OPTS=-Xmx"), r.err());
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path en = Files.copy(EN, dir.resolve("CD-1937.en.txt"));
        byte[] before = Files.readAllBytes(en);
        CliRun r = CliRun.of("align", ZH.toString(), en.toString(), "-o", en.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is also an input file"), r.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(en, StandardCharsets.UTF_8));
    }

    @Test
    void anOutputIsCompleteAndNoTemporaryFileIsLeft() throws IOException {
        Path out = dir.resolve("cd.tmx");
        CliRun r = CliRun.of("align", ZH.toString(), EN.toString(), "--format", "tmx", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).strip().endsWith("</tmx>"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("cd.tmx"), s.map(p -> p.getFileName().toString()).toList());
        }
        CliRun bad = CliRun.of("align", ZH.toString(), EN.toString(), "-o", dir.resolve("no/such/dir/x.tsv").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("does not exist"), bad.err());
    }

    @Test
    void aHugeOffsetIsAUsageErrorNotANegativeRange() {
        CliRun r = CliRun.of("search", "FMCT", "--offset", "2147483647", "--no-update", "--index", "nowhere");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("offset + limit"), r.err());
        assertFalse(r.out().contains("-2147483648"));
    }
}
