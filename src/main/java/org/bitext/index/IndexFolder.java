package org.bitext.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermTable;
import org.bitext.text.BadInputException;

/**
 * Knows what a bitext index folder may hold, so that {@code bitext index} (and the automatic build of
 * {@code search} and {@code serve}) never deletes or overwrites a file it did not write.
 *
 * <p>Lucene's {@code IndexWriter} deletes every file of its folder that is not referenced by a commit and
 * merely looks like one of its own ({@code _notes.txt}, {@code segments_backup.txt}). The only safe design
 * is that the index lives in a folder only bitext writes: the folder carries a marker file
 * ({@value #MARKER}) that bitext writes when it claims the folder, and a folder holding any file that is
 * not the marker, a Lucene index file (exact name patterns and extensions), the term table or a README is
 * refused before any writer opens. An index written by an older bitext (no marker, but a commit carrying
 * bitext's format key and nothing foreign beside it) is adopted: the marker is added.
 */
public final class IndexFolder {

    /** The marker file: its presence says that bitext owns the folder. */
    public static final String MARKER = "bitext-index.txt";
    /** Commit user-data key that marks a bitext index, with the layout version as its value. */
    static final String FORMAT_KEY = "bitext.format";
    /** Bump when the document layout or the analysis changes: a different value forces a full rebuild. */
    static final String FORMAT = "9";
    /** Commit user-data key: the corpus folder the index was built from (absolute, normalised). */
    static final String CORPUS_KEY = "bitext.corpus";
    /**
     * Commit user-data key: a random id given when an index is built from nothing and kept by later
     * commits. A rebuild after {@code rm -rf index/*} may reach the same commit generation and version as the
     * index a server has open; the id tells them apart.
     */
    static final String BUILD_KEY = "bitext.build";

    /** Extensions of Lucene 10's per-segment files (codec files, deletions, doc values updates). */
    private static final String EXTENSIONS = "si|cfs|cfe|fnm|fdt|fdx|fdm|tim|tip|tmd|doc|pos|pay|psm|nvd|nvm|dvd|dvm"
            + "|dii|dim|kdd|kdi|kdm|liv|vec|vex|vem|veq|vemq|vemf|tvd|tvx|tvm";
    /** Files Lucene writes: commit points, the write lock, per-segment files and a codec's temporary files. */
    private static final Pattern LUCENE_FILE = Pattern.compile("(segments_[0-9a-z]+|pending_segments_[0-9a-z]+"
            + "|write\\.lock|_[0-9a-z]+(_[0-9a-z]+)?(_[A-Za-z0-9]+_[0-9a-z]+)?\\.(" + EXTENSIONS + ")"
            + "|_[0-9a-z]+_[A-Za-z0-9]+[-_][A-Za-z0-9_-]+\\.tmp)");
    /** The term table and its temporary files ({@code .terms.tsv.123.tmp} while being written). */
    private static final Pattern TERMS_TMP = Pattern.compile("\\.?" + Pattern.quote(TermTable.FILE_NAME) + "(\\..*)?");
    /** The terminologist's review decisions and their temporary files. */
    private static final Pattern REVIEW_TMP =
            Pattern.compile("\\.?" + Pattern.quote(ReviewedTerms.FILE_NAME) + "(\\..*)?");
    private static final Set<String> OURS = Set.of(MARKER, "README.md");

    private IndexFolder() {
    }

    /** True when {@code dir} holds a committed bitext index. */
    public static boolean exists(Path dir) {
        try {
            return userData(dir).map(m -> m.containsKey(FORMAT_KEY)).orElse(false);
        } catch (BadInputException e) {
            return false;
        }
    }

    /** True when {@code dir} holds a committed bitext index of the current layout (no rebuild needed). */
    public static boolean isCurrent(Path dir) {
        try {
            return userData(dir).map(m -> FORMAT.equals(m.get(FORMAT_KEY))).orElse(false);
        } catch (BadInputException e) {
            return false;
        }
    }

    /** The corpus folder recorded in the index's latest commit, if any. */
    public static Optional<String> corpusOf(Path dir) {
        return userData(dir).map(m -> m.get(CORPUS_KEY));
    }

    /**
     * Claims {@code dir} for writing an index, before any writer opens: creates it with the marker when
     * missing; accepts it when it holds only the marker and files bitext writes, or only a README (a new
     * index), or an older bitext index (adopted); refuses anything else with a one-line error naming the
     * files that are not bitext's.
     */
    static void claim(Path dir) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir, "the index location is a file, not a folder; choose another --index");
        }
        List<String> names = list(dir);
        List<String> foreign = names.stream().filter(n -> !isOurs(dir, n)).toList();
        if (!foreign.isEmpty()) {
            throw new BadInputException(dir, "holds files bitext did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? ", ..." : "") + "); bitext never deletes or overwrites them:"
                    + " choose another --index folder, or move them out of this one");
        }
        if (names.contains(MARKER)) {
            return;
        }
        boolean lucene = names.stream().anyMatch(n -> LUCENE_FILE.matcher(n).matches());
        if (lucene) {
            Optional<Map<String, String>> data = userData(dir);
            if (data.isEmpty() || !data.get().containsKey(FORMAT_KEY)) {
                throw new BadInputException(dir, "holds a Lucene index that bitext did not write; refusing to"
                        + " touch it (choose another --index folder)");
            }
        }
        writeMarker(dir);
    }

    /** Writes the marker atomically (temporary file, then a move), creating the folder if needed. */
    private static void writeMarker(Path dir) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, MARKER, ".tmp");
            try {
                Files.writeString(tmp, "This folder is a bitext index. bitext writes and deletes the files in it;"
                        + " keep nothing else here.\nformat=" + FORMAT + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot write the index folder's marker: " + e.getMessage(), e);
        }
    }

    private static boolean isOurs(Path dir, String name) {
        if (OURS.contains(name) || TERMS_TMP.matcher(name).matches() || REVIEW_TMP.matcher(name).matches()) {
            return true;
        }
        if (name.startsWith(MARKER) && name.endsWith(".tmp")) {
            return true; // a marker being written by another bitext
        }
        if (!LUCENE_FILE.matcher(name).matches()) {
            return false;
        }
        if (name.equals("write.lock")) {
            // Lucene's lock file is empty; a write.lock with content is someone else's file.
            try {
                return Files.size(dir.resolve(name)) == 0;
            } catch (IOException e) {
                return true; // gone meanwhile: it was the lock of a run that just ended
            }
        }
        return Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Lucene files of {@code dir} that no commit references (left by a run killed before its commit, or
     * by a failed commit): a writer opened on the folder deletes them.
     */
    static List<String> orphans(Path dir) {
        Set<String> referenced = new HashSet<>();
        try (Directory d = FSDirectory.open(dir)) {
            if (DirectoryReader.indexExists(d)) {
                for (IndexCommit c : DirectoryReader.listCommits(d)) {
                    referenced.addAll(c.getFileNames());
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot read the index: " + e.getMessage(), e);
        }
        return list(dir).stream().filter(n -> LUCENE_FILE.matcher(n).matches() && !n.equals("write.lock")
                && !referenced.contains(n)).toList();
    }

    /** The latest commit's user data, or empty when the folder holds no Lucene commit. */
    static Optional<Map<String, String>> userData(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return Optional.empty();
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(d);
            return Optional.of(commits.get(commits.size() - 1).getUserData());
        } catch (IndexNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A file named like a commit point that is not one (segments_backup.txt) is not our index.
            throw new BadInputException(dir, "cannot read the index: " + e.getMessage(), e);
        }
    }

    /** Checks that {@code dir} holds a bitext index that can be searched; says how to build one if not. */
    static void checkReadable(Path dir) {
        Optional<Map<String, String>> data = userData(dir);
        if (data.isEmpty()) {
            throw new BadInputException(dir, "no bitext index here; build one with 'bitext index CORPUS_DIR --index "
                    + dir + "'");
        }
        if (!data.get().containsKey(FORMAT_KEY)) {
            throw new BadInputException(dir, "holds a Lucene index that bitext did not write");
        }
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list the index folder: " + e.getMessage(), e);
        }
        return names;
    }
}
