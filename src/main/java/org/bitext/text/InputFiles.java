package org.bitext.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks every input reader makes before it reads a byte (text, pre-segmented, glossary, TMX, and the
 * PDF/Word readers): the input must be a regular file (never a device such as {@code /dev/zero}, a FIFO
 * that may never end, or a folder) no larger than a bound, so that no input can make bitext read without
 * limit. The bound is {@value #DEFAULT_MAX_MB} MiB unless the system property {@value #MAX_SIZE_PROPERTY}
 * (set by {@code --max-size}) says otherwise: the largest UN documents are a few MiB of text and a few
 * tens of MiB as PDF.
 */
public final class InputFiles {

    /** System property holding the bound in bytes; {@code bitext --max-size} sets it. */
    public static final String MAX_SIZE_PROPERTY = "bitext.maxSize";
    static final long DEFAULT_MAX_MB = 256;

    private InputFiles() {
    }

    /** The bound on an input's size in bytes. */
    public static long maxSize() {
        String v = System.getProperty(MAX_SIZE_PROPERTY);
        if (v == null) {
            return DEFAULT_MAX_MB << 20;
        }
        return parseSize(v);
    }

    /** Parses {@code 300M}, {@code 2G}, {@code 500k} or a number of bytes; anything else is bad input. */
    public static long parseSize(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("B") && v.length() > 1 && !Character.isDigit(v.charAt(v.length() - 2))) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.endsWith("K")) {
            unit = 1L << 10;
        } else if (v.endsWith("M")) {
            unit = 1L << 20;
        } else if (v.endsWith("G")) {
            unit = 1L << 30;
        }
        if (unit > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new BadInputException(null, "--max-size must be a positive size such as 300M or 2G, was '"
                    + value + "'");
        }
    }

    /**
     * Checks that {@code file} is a regular file within the bound; {@code what} names it in messages
     * ("glossary", "input").
     *
     * @return its size in bytes
     */
    public static long check(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a folder, not a" + (what.matches("[aeiou].*") ? "n " : " ")
                    + what + " file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file, what.equals("input") ? "no such file" : what + " file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "is not a regular file (a device or a pipe); bitext reads only files");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        long max = maxSize();
        if (size > max) {
            throw new BadInputException(file, String.format(Locale.ROOT, "is too large (%,d bytes; the bound is"
                    + " %,d bytes): give a larger --max-size if it really is one document", size, max));
        }
        return size;
    }

    /** Reads the whole of a checked file (never more than the bound, even if it grows meanwhile). */
    public static byte[] readAll(Path file, String what) {
        check(file, what);
        long max = maxSize();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new BadInputException(file, "grew beyond the size bound while being read (" + max
                        + " bytes)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
