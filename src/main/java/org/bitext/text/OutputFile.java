package org.bitext.text;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an output file so that it is complete or absent: the bytes go to a temporary file beside the
 * target ({@code .NAME.N.bitext-tmp}), are forced to disk, and the temporary file is then moved over the target
 * in one step. The writer holds a {@link LockedFile} lock on its temporary file until then, so a writer killed
 * outright (SIGKILL, power loss), which leaves its temporary file behind, is told from a live one: the next
 * write of the same target deletes the temporary files whose lock is free. A write
 * error (disk full) leaves the old file, if any, untouched, removes the temporary file and is a
 * {@link BadInputException} naming the target. A target that exists and is not a regular file (a device
 * such as {@code /dev/stdout}, a FIFO) is written directly, with its errors reported the same way.
 */
public final class OutputFile {

    /** Writes the whole output to a stream (not closing it). */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the whole output as UTF-8 text (not closing the writer). */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /** Ends the temporary files' names, {@code .NAME.N.bitext-tmp}: a name no user file is likely to have. */
    static final String TEMP_SUFFIX = ".bitext-tmp";

    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    /** Writes UTF-8 text to {@code target} as {@link #write(Path, Body)} does. */
    public static void writeText(Path target, TextBody body) {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    /** Writes {@code target} completely or not at all (see the class comment). */
    public static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new BadInputException(target, "is a folder; give an output file name");
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(abs)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(abs, StandardOpenOption.WRITE))) {
                body.write(out);
            } catch (IOException e) {
                throw failed(target, e);
            }
            return;
        }
        Path real = realTarget(abs);
        if (!Files.isDirectory(real.getParent())) {
            throw new BadInputException(target, "cannot write: folder " + real.getParent() + " does not exist");
        }
        removeAbandoned(real);
        LockedFile locked;
        try {
            locked = LockedFile.create(real.getParent(), tempPrefix(real), TEMP_SUFFIX);
        } catch (IOException e) {
            throw failed(target, e);
        }
        Path tmp = locked.path();
        try (locked) {
            FileChannel ch = locked.channel();
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            body.write(out);
            out.flush();
            ch.force(true);
            permissions(real, tmp);
            // Still locked while it moves: a later run never takes a finished file for a dead run's.
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw failed(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Deletes the temporary files of earlier writes of {@code real} whose writer is dead (killed outright, so
     * it could not remove its own): those whose lock no process holds. Only names this class makes are
     * looked at; a live writer's file is kept.
     */
    private static void removeAbandoned(Path real) {
        Pattern mine = Pattern.compile(Pattern.quote(tempPrefix(real)) + "\\d+" + Pattern.quote(TEMP_SUFFIX));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(real.getParent(),
                p -> mine.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p,
                        LinkOption.NOFOLLOW_LINKS))) {
            for (Path t : temps) {
                LockedFile.removeIfAbandoned(t, () -> true);
            }
        } catch (IOException e) {
            // a leftover temporary file is not a reason to refuse this write: it stays for a later run
        }
    }

    private static String tempPrefix(Path real) {
        return "." + real.getFileName() + ".";
    }

    /**
     * Refuses an output that is one of the inputs (same file, whatever the path says): writing it would
     * destroy the input before it is read in full.
     */
    public static void checkNotInput(Path output, Path... inputs) {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (in != null && Files.exists(in) && Files.isSameFile(output, in)) {
                    throw new BadInputException(output, "is also an input file; choose another output (-o)");
                }
            } catch (IOException e) {
                throw new BadInputException(output, "cannot compare with input " + in + ": " + e.getMessage(), e);
            }
        }
    }

    /** A symbolic link as target: the file it points to is replaced, the link kept. */
    private static Path realTarget(Path abs) {
        if (!Files.isSymbolicLink(abs)) {
            return abs;
        }
        try {
            Path link = Files.readSymbolicLink(abs);
            return abs.resolveSibling(link).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw failed(abs, e);
        }
    }

    private static void permissions(Path target, Path tmp) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : DEFAULT_PERMISSIONS;
            Files.setPosixFilePermissions(tmp, p);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file keeps the platform's default permissions
        }
    }

    private static BadInputException failed(Path target, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BadInputException(target, "cannot write: " + why + " (nothing written)", e);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the write error already being reported matters more than a leftover temporary file
        }
    }
}
