package org.bitext.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.bitext.text.BadInputException;
import org.bitext.text.DecodedText;
import org.bitext.text.TextLoader;

/**
 * Reads any input document into an {@link ExtractedText}: PDF, Word (.docx) and legacy Word (.doc) through
 * their readers, anything else as text ({@link TextLoader}). The format is decided by the content (magic
 * bytes: {@code %PDF}; a zip holding {@code word/document.xml}; an OLE2 file holding a {@code WordDocument}
 * stream), not by the name: users rename files, and servers serve Word files as {@code .pdf}. When the
 * extension names another format than the content, the file is read by its content and a warning says so;
 * when the extension names a document format and the content is none (a JPEG called {@code .pdf}, an Excel
 * file called {@code .doc}), the file is bad input. Every problem is a {@link BadInputException} naming the
 * file.
 */
public final class DocumentReader {

    /** What a file holds, by its bytes. */
    public enum Format {
        PDF("pdf"), DOCX("docx"), DOC("doc"), TEXT("txt");

        private final String name;

        Format(String name) {
            this.name = name;
        }

        /** The lower-case name used in {@link ExtractedText#format()} and in file extensions. */
        public String formatName() {
            return name;
        }

        /** The format an extension claims ("pdf", "docx", "doc"; anything else is text), or null for none. */
        static Format ofExtension(String ext) {
            return switch (ext) {
                case "pdf" -> PDF;
                case "docx", "docm", "dotx" -> DOCX;
                case "doc", "dot" -> DOC;
                case "txt", "text" -> TEXT;
                default -> null;
            };
        }
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    static {
        // POI logs through Log4j's API; without a Log4j implementation on the class path the API prints a
        // warning on every run. bitext reports problems itself, so POI's logging is switched off unless the
        // user configured it.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private DocumentReader() {
    }

    /**
     * Reads {@code file} by its content; {@code encodingOrNull} applies to text files only (detected when
     * null).
     */
    public static ExtractedText read(Path file, Charset encodingOrNull) {
        Format format = detect(file);
        List<String> warnings = new ArrayList<>();
        Format claimed = Format.ofExtension(extension(file));
        if (claimed != null && claimed != format) {
            warnings.add(file + ": named ." + extension(file) + " but holds a " + format.name() + " file; read as "
                    + format.name());
        }
        ExtractedText read = switch (format) {
            case PDF -> PdfReader.read(file);
            case DOCX -> DocxReader.read(file);
            case DOC -> DocReader.read(file);
            case TEXT -> {
                DecodedText decoded = TextLoader.load(file, encodingOrNull);
                yield new ExtractedText(file, Format.TEXT.formatName(), decoded.text(), null, List.of(), List.of());
            }
        };
        if (warnings.isEmpty()) {
            return read;
        }
        warnings.addAll(read.warnings());
        return new ExtractedText(read.file(), read.format(), read.text(), read.layoutOrNull(), read.hints(), warnings);
    }

    /**
     * The format of {@code file} by its bytes. A file that claims a document format by its extension and
     * holds none is bad input, as are OLE2 files that are not Word documents and encrypted Word files.
     */
    public static Format detect(Path file) {
        byte[] head = head(file);
        Format claimed = Format.ofExtension(extension(file));
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
            return Format.PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipFormat(file);
        }
        if (startsWith(head, OLE2)) {
            return ole2Format(file);
        }
        if (claimed != null && claimed != Format.TEXT) {
            throw new BadInputException(file, "named ." + extension(file) + " but is not a " + claimed.name()
                    + " file (no PDF, Word or zip signature in its first bytes)");
        }
        return Format.TEXT;
    }

    private static Format zipFormat(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.getEntry("word/document.xml") != null) {
                return Format.DOCX;
            }
            if (zip.getEntry("content.xml") != null) {
                throw new BadInputException(file, "an OpenDocument file (.odt?); save it as .docx or .pdf first");
            }
            throw new BadInputException(file, "a zip archive but not a Word document (no word/document.xml)");
        } catch (ZipException e) {
            throw new BadInputException(file, "a damaged zip file, not a readable Word document: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Format ole2Format(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new BadInputException(file, "a password-protected (encrypted) Word file; save it without"
                        + " a password first");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Format.DOC;
            }
            throw new BadInputException(file, "an Office file but not a Word document (Excel or PowerPoint?)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file, "a damaged Office (OLE2) file: " + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PDF_HEADER_WINDOW);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The lower-case extension of the file name ("pdf"), or "" for none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (bytes[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
