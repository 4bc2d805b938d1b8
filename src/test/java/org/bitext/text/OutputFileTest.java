package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output is complete or absent: a failure half way (a full disk) leaves the previous file and no debris. */
class OutputFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("terms.csv");
        Files.writeString(target, "old, complete\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> OutputFile.writeText(target, w -> {
            w.write("new, half".repeat(10_000));
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().startsWith(target + ": cannot write: No space left on device"), e.getMessage());
        assertEquals("old, complete\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("terms.csv"), names());
    }

    @Test
    void aCompleteWriteReplacesTheFileInOneStep() throws IOException {
        Path target = dir.resolve("out.tsv");
        OutputFile.writeText(target, w -> w.write("a\tb\n"));
        assertEquals("a\tb\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.tsv"), names());
        BadInputException folder = assertThrows(BadInputException.class, () -> OutputFile.writeText(dir, w -> { }));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
    }

    @Test
    void aDeadWritersTemporaryFileIsRemovedALiveOnesAndUserFilesAreKept() throws Exception {
        Path target = dir.resolve("terms.csv");
        Path dead = Files.writeString(dir.resolve(".terms.csv.123" + OutputFile.TEMP_SUFFIX), "half of a list");
        Path live = dir.resolve(".terms.csv.456" + OutputFile.TEMP_SUFFIX);
        Process writer = LockHolder.start(live); // a writer in another process, still writing
        try {
            List<Path> users = List.of(Files.writeString(dir.resolve(".terms.csv.789.tmp"), "mine"),
                    Files.writeString(dir.resolve(".terms.csv.old" + OutputFile.TEMP_SUFFIX), "mine"),
                    Files.writeString(dir.resolve(".other.csv.123" + OutputFile.TEMP_SUFFIX), "another target's"));
            OutputFile.writeText(target, w -> w.write("zh,en\r\n"));
            assertEquals("zh,en\r\n", Files.readString(target, StandardCharsets.UTF_8));
            assertFalse(Files.exists(dead));
            assertTrue(Files.exists(live));
            users.forEach(u -> assertTrue(Files.exists(u), u.toString()));
        } finally {
            writer.destroyForcibly().waitFor();
        }
        // Killed: its lock is gone with it, so the next write of the target removes its file.
        OutputFile.writeText(target, w -> w.write("zh,en\r\n"));
        assertFalse(Files.exists(live));
        assertEquals(List.of(".other.csv.123" + OutputFile.TEMP_SUFFIX, ".terms.csv.789.tmp",
                ".terms.csv.old" + OutputFile.TEMP_SUFFIX, "terms.csv"), names());
    }
}
