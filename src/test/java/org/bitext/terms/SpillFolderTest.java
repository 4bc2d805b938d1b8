package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bitext.text.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale spill folders are judged by their lock, never by the process id in their name: a folder whose lock a
 * live process holds is kept even if that id is dead here (another PID namespace), a folder whose lock is free
 * is removed even if that id belongs to a live process (a reused id), and a folder without a lock file is not
 * bitext's to judge.
 */
class SpillFolderTest {

    private static Path spill(Path work, long pid, int n) throws Exception {
        Path dir = Files.createDirectory(work.resolve(SpillFolder.PREFIX + pid + "-" + n));
        Files.writeString(dir.resolve("units"), "half written");
        return dir;
    }

    private static Path lockOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + SpillFolder.LOCK_SUFFIX);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoppingJobRemovesItsFolderAndAddsNoFileAfterwards(@TempDir Path tmp) throws Exception {
        SpillFolder folder = SpillFolder.create(tmp);
        Files.writeString(folder.file("Chinese-run-0"), "counts");
        // A thread of the job that created a file while the hook ran: the next pass removes it.
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(20);
                Files.writeString(folder.dir().resolve("Chinese-run-1"), "late");
            } catch (Exception ignored) {
                // the folder may be gone already: nothing was created then
            }
        });
        late.start();
        folder.removeOnShutdown();
        late.join();
        folder.removeOnShutdown();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> folder.file("pairs-run-0"));
        assertTrue(e.getMessage().contains("is being removed"), e.getMessage());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
        folder.close();
    }

    @Test
    void aFolderIsRemovedExactlyWhenItsLockIsFree(@TempDir Path work) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long alive = ProcessHandle.current().pid();
        // A live job in another PID namespace: its id means nothing here, its lock is held.
        Path elsewhere = spill(work, gone.pid(), 1);
        Process holder = LockHolder.start(lockOf(elsewhere));
        // A dead job whose id now belongs to a live process (this one): its lock is free.
        Path reused = spill(work, alive, 2);
        Files.createFile(lockOf(reused));
        // Held through a channel of this very JVM.
        Path heldHere = spill(work, gone.pid(), 3);
        // Not bitext's: no lock file beside it, or not a spill folder name.
        Path noLock = spill(work, gone.pid(), 4);
        Path notes = Files.createDirectory(work.resolve(SpillFolder.PREFIX + "notes"));
        try (FileChannel ch = FileChannel.open(lockOf(heldHere), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            assertEquals(1, SpillFolder.removeStale(work));
            assertFalse(Files.exists(reused));
            assertFalse(Files.exists(lockOf(reused)));
            for (Path kept : List.of(elsewhere, heldHere, noLock, notes)) {
                assertTrue(Files.isDirectory(kept), kept.toString());
            }
            assertTrue(Files.exists(lockOf(elsewhere)));
        }
        // The holder dies without any clean-up: the system releases its lock, the next start removes it.
        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        try (SpillFolder mine = SpillFolder.create(work)) {
            assertFalse(Files.exists(elsewhere));
            assertFalse(Files.exists(lockOf(elsewhere)));
            assertFalse(Files.exists(heldHere), "its lock was released when the test closed it");
            assertTrue(Files.isDirectory(noLock));
            assertTrue(Files.isDirectory(mine.dir()));
            assertTrue(Files.isRegularFile(lockOf(mine.dir())));
            // A second job of the same JVM (and any other process) keeps the running job's folder.
            assertEquals(0, SpillFolder.removeStale(work));
            assertTrue(Files.isDirectory(mine.dir()));
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StaleSweep.class.getName(), work.toString())
                    .redirectErrorStream(true).start();
            assertEquals("removed 0", new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
            assertTrue(Files.isDirectory(mine.dir()));
        }
        assertEquals(List.of(noLock.getFileName().toString(), notes.getFileName().toString()), names(work));
    }

    /** Another process starting a job in the same work folder: runs only the stale-folder sweep. */
    static final class StaleSweep {
        public static void main(String[] args) {
            System.out.println("removed " + SpillFolder.removeStale(Path.of(args[0])));
        }
    }
}
