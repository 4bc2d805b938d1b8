package org.bitext.text;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new file with a unique name, locked by this process ({@link FileChannel#tryLock}) for as long as it is
 * open: the mark of a job's working files (a spill folder's lock file, an output's temporary file). A later
 * job tells leftovers of dead jobs from files of live ones by trying the lock ({@link #removeIfAbandoned}):
 * the operating system releases a process's locks when it dies, even on SIGKILL, so this holds where a process
 * id does not (a work folder shared across PID namespaces, containers or machines on NFS; a recycled process
 * id). Cleaners never create files, only the owner does ({@code CREATE_NEW}), so a file that exists and is
 * locked after its creation is its owner's until it closes.
 *
 * <p>Within one JVM the locks are not seen (Java throws {@link OverlappingFileLockException}), and on POSIX
 * systems closing any channel on a file drops the process's lock on it: so the files this JVM holds are
 * also kept in a set, and a cleaner leaves them alone without opening them.
 */
public final class LockedFile implements AutoCloseable {

    /** Removes what a lock file guards, while its lock is held; false if some of it is left. */
    @FunctionalInterface
    public interface Removal {
        boolean remove() throws IOException;
    }

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private final Path path;
    private final FileChannel channel;

    private LockedFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /**
     * Creates {@code dir/prefix + N + suffix} (N a fresh random number), opened for writing and locked.
     *
     * @throws IOException if the folder cannot hold it, or no name could be claimed in many attempts
     */
    public static LockedFile create(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path p = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix)
                    .toAbsolutePath().normalize();
            if (!HELD.add(p)) {
                continue;
            }
            FileChannel ch;
            try {
                ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                HELD.remove(p);
                continue;
            } catch (IOException | RuntimeException e) {
                HELD.remove(p);
                throw e;
            }
            boolean locked = false;
            try {
                // A cleaner may have locked and deleted the file between its creation and this lock: then the
                // lock is refused, or taken on a file that no longer has this name. A file system without
                // locks throws: that is reported, never worked around by writing unmarked files.
                locked = ch.tryLock() != null && Files.exists(p);
            } catch (OverlappingFileLockException e) {
                locked = false;
            } catch (IOException | RuntimeException e) {
                ch.close();
                Files.deleteIfExists(p); // still unlocked, so nobody else's yet
                HELD.remove(p);
                throw e;
            }
            if (locked) {
                return new LockedFile(p, ch);
            }
            ch.close();
            HELD.remove(p);
        }
        throw new IOException("could not create a locked file " + prefix + "…" + suffix + " in " + dir);
    }

    /**
     * Removes the leftovers of a dead job: if no live process holds the lock on {@code file}, takes it, runs
     * {@code removal} (what the file guards) and, if that removed everything, deletes the file and returns
     * true. A file held by a live process (or by this JVM), gone, or not ours to open is left alone (false);
     * so is one whose removal left something (the next cleaner tries again).
     */
    public static boolean removeIfAbandoned(Path file, Removal removal) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        if (HELD.contains(p)) {
            return false;
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(p, StandardOpenOption.WRITE); // never CREATE: only owners create
        } catch (NoSuchFileException | java.nio.file.AccessDeniedException gone) {
            return false;
        }
        try (ch) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                return false; // locked through another channel of this JVM
            } catch (IOException noLocks) {
                return false; // a file system without locks: its owner cannot be judged, so it stays
            }
            if (lock == null) {
                return false; // a live process holds it
            }
            if (!removal.remove()) {
                return false;
            }
            Files.deleteIfExists(p);
            return true;
        }
    }

    /** The locked file. */
    public Path path() {
        return path;
    }

    /** The channel the file was created with, open for writing; closing this object closes it. */
    public FileChannel channel() {
        return channel;
    }

    /** Releases the lock (the file stays unless the owner deleted it). */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            HELD.remove(path);
        }
    }
}
