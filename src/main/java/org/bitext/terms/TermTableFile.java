package org.bitext.terms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The term table file of an index folder with the one rule for reloading it: the table is re-read whenever
 * the file's modification time or size differs from the last read, so search spotting and the web page's
 * term lookup (which share one instance through the facade) always see the same table, the terms job's
 * latest. Thread-safe: several threads may re-read at once after a change; each gets a complete table.
 */
public final class TermTableFile {

    /** The table as last read, with the file stamp it was read at. */
    private record Loaded(FileTime modified, long size, Optional<TermTable> table) {
    }

    private static final Loaded NONE = new Loaded(FileTime.fromMillis(0), -1, Optional.empty());

    private final Path indexDir;
    private volatile Loaded loaded = NONE;

    public TermTableFile(Path indexDir) {
        this.indexDir = indexDir;
    }

    /**
     * The current table; empty when the terms job has not run in this index folder.
     *
     * @throws org.bitext.text.BadInputException when the file changed and is not a readable term table
     */
    public Optional<TermTable> current() {
        Path file = indexDir.resolve(TermTable.FILE_NAME);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            loaded = NONE;
            return Optional.empty();
        } catch (IOException e) {
            return loaded.table(); // cannot even stat it now: keep what was read
        }
        Loaded current = loaded;
        if (!current.modified().equals(a.lastModifiedTime()) || current.size() != a.size()) {
            current = new Loaded(a.lastModifiedTime(), a.size(), TermTable.readFrom(indexDir));
            loaded = current;
        }
        return current.table();
    }
}
