package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bitext.text.BadInputException;

/**
 * A fresh folder {@code bitext-terms-spill-PID-N} for one job's spill files, deleted when the job ends (by
 * {@link #close}, on success and on error) and by a shutdown hook (Ctrl-C, SIGTERM). A job killed outright
 * (SIGKILL, power loss) leaves its folder behind: the next job in the same work folder deletes the folders
 * whose owner process is gone.
 */
final class SpillFolder implements AutoCloseable {

    static final String PREFIX = "bitext-terms-spill-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+");

    private final Path dir;
    private final Thread hook;

    private SpillFolder(Path dir) {
        this.dir = dir;
        this.hook = new Thread(() -> delete(dir), "bitext-terms-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Removes stale spill folders in {@code workDir}, then creates this job's folder there. */
    static SpillFolder create(Path workDir) {
        if (!Files.isDirectory(workDir)) {
            throw new BadInputException(workDir, "work folder does not exist");
        }
        removeStale(workDir);
        try {
            long pid = ProcessHandle.current().pid();
            return new SpillFolder(Files.createTempDirectory(workDir, PREFIX + pid + "-"));
        } catch (IOException e) {
            throw new BadInputException(workDir, "cannot create a spill folder: " + e.getMessage(), e);
        }
    }

    /** Deletes the spill folders of processes that no longer run; returns how many. */
    static int removeStale(Path workDir) {
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(workDir, PREFIX + "*")) {
            for (Path d : dirs) {
                Matcher m = NAME.matcher(d.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(d)) {
                    continue;
                }
                Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(m.group(1)));
                if (owner.isEmpty() || !owner.get().isAlive()) {
                    delete(d);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    Path dir() {
        return dir;
    }

    /** A file of this folder. */
    Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        delete(dir);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway (or ran); nothing left to undo.
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a later job removes what is left (the owner is gone by then).
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Same: best effort.
        }
    }
}
