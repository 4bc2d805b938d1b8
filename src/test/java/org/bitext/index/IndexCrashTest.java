package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bitext.Bitext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL half way leaves the previous commit readable and searchable. */
class IndexCrashTest {

    @TempDir
    Path tmp;

    @Test
    void killedRunLeavesThePreviousCommit() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(small.resolve("a.zh.txt"), "禁产条约\n", StandardCharsets.UTF_8);
        Files.writeString(small.resolve("a.en.txt"), "FMCT\n", StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        assertTrue(Bitext.index(small, index, LinePairs.source(), IndexProgress.NONE).committed());

        // A big corpus: 300 sources of 300 lines, each line mentioning IAEA.
        Path big = Files.createDirectories(tmp.resolve("big"));
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            zh.append("原子能机构第").append(i).append("次报告\n");
            en.append("IAEA report number ").append(i).append('\n');
        }
        for (int d = 0; d < 300; d++) {
            Files.writeString(big.resolve("d" + d + ".zh.txt"), zh, StandardCharsets.UTF_8);
            Files.writeString(big.resolve("d" + d + ".en.txt"), en, StandardCharsets.UTF_8);
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexChild.class.getName(), big.toString(), index.toString())
                .redirectErrorStream(true).start();
        boolean sawProgress = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("PROGRESS 20/")) {
                    sawProgress = true;
                    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no IndexWriter.close()
                    break;
                }
                assertFalse(line.equals("DONE"), "the child finished before it could be killed");
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(sawProgress, "the child never reported progress");

        try (Bitext b = Bitext.open(index)) {
            assertEquals(1, b.search(SearchRequest.of("FMCT")).totalHits(), "previous commit searchable");
            assertEquals(0, b.search(SearchRequest.of("IAEA")).totalHits(), "nothing of the killed run visible");
        }
        // The index is still writable, and the killed run's partial files do not make it look foreign.
        IndexReport again = Bitext.index(small, index, LinePairs.source(), IndexProgress.NONE);
        assertFalse(again.committed(), "the small corpus is still exactly what the index holds");
    }
}
