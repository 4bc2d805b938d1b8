package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bitext.text.BadInputException;
import org.bitext.text.LockedFile;

/**
 * A fresh folder {@code bitext-terms-spill-PID-N} for one job's spill files, deleted when the job ends (by
 * {@link #close}, on success and on error) and by a shutdown hook (Ctrl-C, SIGTERM). Beside it, the job holds a
 * {@link LockedFile} {@code bitext-terms-spill-PID-N.lock} for its whole life, created and locked before the
 * folder exists. A job killed outright (SIGKILL, power loss) leaves both behind; the operating system releases
 * its lock, and the next job in the same work folder deletes every spill folder whose lock it can take. The
 * process id in the name is for people only: it is not what decides, since a work folder may be shared across
 * PID namespaces (containers, machines on NFS) and a process id may be reused by another program.
 */
final class SpillFolder implements AutoCloseable {

    static final String PREFIX = "bitext-terms-spill-";
    static final String LOCK_SUFFIX = ".lock";
    private static final Pattern LOCK_NAME = Pattern.compile(Pattern.quote(PREFIX) + "\\d+-\\d+"
            + Pattern.quote(LOCK_SUFFIX));

    private final Path dir;
    private final LockedFile lock;
    private final Thread hook;
    /** Set once removal starts: the job's threads still run during a shutdown hook and must not add files. */
    private volatile boolean removing;

    private SpillFolder(Path dir, LockedFile lock) {
        this.dir = dir;
        this.lock = lock;
        this.hook = new Thread(this::removeOnShutdown, "bitext-terms-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Removes stale spill folders in {@code workDir}, then creates this job's folder and lock there. */
    static SpillFolder create(Path workDir) {
        if (!Files.isDirectory(workDir)) {
            throw new BadInputException(workDir, "work folder does not exist");
        }
        removeStale(workDir);
        try {
            long pid = ProcessHandle.current().pid();
            for (int attempt = 0; ; attempt++) {
                LockedFile lock = LockedFile.create(workDir, PREFIX + pid + "-", LOCK_SUFFIX);
                Path dir = folderOf(lock.path());
                try {
                    return new SpillFolder(Files.createDirectory(dir, privateFolder(workDir)), lock);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(lock.path());
                    lock.close();
                    if (!(e instanceof FileAlreadyExistsException) || attempt >= 10) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(workDir, "cannot create a spill folder: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the spill folders (and their lock files) whose lock no live process holds; returns how many.
     * A folder without its lock file beside it is not known to be a dead job's and is left alone.
     */
    static int removeStale(Path workDir) {
        int removed = 0;
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(workDir, PREFIX + "*" + LOCK_SUFFIX)) {
            for (Path l : locks) {
                if (LOCK_NAME.matcher(l.getFileName().toString()).matches() && Files.isRegularFile(l)
                        && LockedFile.removeIfAbandoned(l, () -> delete(folderOf(l)))) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private static Path folderOf(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(0, name.length() - LOCK_SUFFIX.length()));
    }

    /** Spill files hold corpus text: owner-only where the file system has POSIX permissions. */
    private static FileAttribute<?>[] privateFolder(Path workDir) {
        if (!workDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
    }

    Path dir() {
        return dir;
    }

    /** A file of this folder; refused once the folder is being removed. */
    Path file(String name) {
        if (removing) {
            throw new IllegalStateException("spill folder " + dir + " is being removed: the job is stopping");
        }
        return dir.resolve(name);
    }

    /**
     * On Ctrl-C or SIGTERM the job's threads go on while this runs, and one may be creating a run file: a
     * few passes, a moment apart, remove what such a thread created after the first. What is left after that
     * keeps its lock file, so the next job removes it.
     */
    void removeOnShutdown() {
        removing = true;
        for (int pass = 0; pass < 20 && !deleteWithLock(dir, lock.path()); pass++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        removing = true;
        deleteWithLock(dir, lock.path());
        try {
            lock.close();
        } catch (IOException ignored) {
            // closing releases the lock even when it reports an error; the file is already gone
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway (or ran); nothing left to undo.
        }
    }

    /** The lock file goes last, and only with the whole folder: a folder left without its lock is never judged. */
    private static boolean deleteWithLock(Path dir, Path lockFile) {
        return delete(dir) && delete(lockFile);
    }

    /** Deletes a file or a folder tree as far as it can; true if nothing is left. */
    private static boolean delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: a later job removes what is left once the lock is free.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Same: best effort.
        }
        return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }
}
