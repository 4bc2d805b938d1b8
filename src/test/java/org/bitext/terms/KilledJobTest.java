package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bitext.Bitext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kill safety: {@code bitext terms} killed outright (SIGKILL, no shutdown hook) half way, while it spills or
 * while it writes the output file, leaves no output file, and the next run in the same work folder removes the
 * dead job's spill folder and temporary output file and writes the same list as an uninterrupted run.
 */
class KilledJobTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static Path corpus(Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        return corpus;
    }

    private static String uninterrupted(Path corpus, Path tmp) throws Exception {
        Path reference = tmp.resolve("reference.csv");
        Bitext.extractTerms(new TermsOptions(corpus, tmp.resolve("reference-index"), reference, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        return Files.readString(reference);
    }

    private static List<String> folderNames(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledJobLeavesNoOutputAndTheNextRunWritesTheSameList(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        String reference = uninterrupted(corpus, tmp);

        Path work = Files.createDirectories(tmp.resolve("work"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path out = outDir.resolve("terms.csv");
        Path index = tmp.resolve("index");
        Process job = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), "org.bitext.cli.Main",
                "terms", corpus.toString(), "--index", index.toString(), "-o", out.toString(), "--memory", "1m", "--work-dir", work.toString())
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(job.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.add(line);
                if (line.contains("spilled to disk")) {
                    job.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(job.waitFor(60, TimeUnit.SECONDS), "job did not end");
        assertTrue(seen.stream().anyMatch(l -> l.contains("spilled to disk")), "no spill seen: " + seen);
        assertTrue(job.exitValue() != 0, "the job ended on its own: " + seen);
        // Killed half way: its spill folder and lock file are left behind, and no output (nor a part of one).
        List<String> left = folderNames(work);
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(SpillFolder.PREFIX + job.pid() + "-"), left.toString());
        assertEquals(left.get(0) + SpillFolder.LOCK_SUFFIX, left.get(1));
        assertEquals(List.of(), folderNames(outDir));

        Bitext.extractTerms(new TermsOptions(corpus, index, out, 2, 0, null, TermsOptions.DEFAULT_CONFIDENCE_FLOOR,
                1 << 20, work));
        assertEquals(reference, Files.readString(out));
        assertEquals(List.of(), folderNames(work));
        assertEquals(List.of("terms.csv"), folderNames(outDir));
        assertFalse(Files.readString(out).isBlank());
    }

    /**
     * Killed while it writes the output: the real job runs under a debugger, which stops it on a method of the
     * output writing once its temporary file exists beside the output (half way through the rows, or with
     * every byte written and forced, just before the move), and the test kills it there. No hook in the jar.
     */
    @ParameterizedTest
    @CsvSource({"org.bitext.format.TermListWriter, writeRow, 100", "org.bitext.text.OutputFile, permissions, 1"})
    void aJobKilledWhileWritingTheOutputLeavesNoOutputAndTheRerunRemovesItsTemporaryFile(String type, String method,
            int hits, @TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        String reference = uninterrupted(corpus, tmp);
        assertTrue(reference.lines().count() > 100 + 1, "too few pairs to stop half way");
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path out = outDir.resolve("terms.csv");
        Path index = tmp.resolve("index");
        Process job = new ProcessBuilder(JAVA, "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-cp", System.getProperty("java.class.path"), "org.bitext.cli.Main", "terms", corpus.toString(),
                "--index", index.toString(), "-o", out.toString(), "--work-dir", work.toString())
                .redirectErrorStream(true).start();
        try {
            Path temp = StoppedJob.stopWhileWriting(job, type, method, hits, () -> temporaryFiles(outDir));
            if (method.equals("permissions")) {
                assertEquals(reference, Files.readString(temp), "every byte is written before the move");
            }
            job.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(job.waitFor(60, TimeUnit.SECONDS), "job did not end");
            assertTrue(job.exitValue() != 0);
            assertFalse(Files.exists(out), "a killed job left an output");
            assertEquals(List.of(temp), temporaryFiles(outDir));
            assertEquals(2, folderNames(work).size(), "its spill folder and lock: " + folderNames(work));
        } finally {
            job.destroyForcibly();
        }
        Bitext.extractTerms(new TermsOptions(corpus, index, out, 2, 0, null, TermsOptions.DEFAULT_CONFIDENCE_FLOOR,
                LocalRunner.Budget.DEFAULT_BYTES, work));
        assertEquals(reference, Files.readString(out));
        assertEquals(List.of("terms.csv"), folderNames(outDir));
        assertEquals(List.of(), folderNames(work));
    }

    private static List<Path> temporaryFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".terms.csv.")).toList();
        }
    }
}
