package org.bitext.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.bitext.terms.TermTable;
import org.bitext.text.BadInputException;

/**
 * Knows what a bitext index folder may hold and refuses any other folder, so that {@code bitext index}
 * never writes into (or deletes from) a folder the user keeps something else in.
 */
public final class IndexFolder {

    /** Commit user-data key that marks a bitext index, with the layout version as its value. */
    static final String FORMAT_KEY = "bitext.format";
    /** Bump when the document layout or the analysis changes: a different value forces a full rebuild. */
    static final String FORMAT = "7";
    /** Commit user-data key: the corpus folder the index was built from (absolute, normalised). */
    static final String CORPUS_KEY = "bitext.corpus";

    /** Files Lucene writes (segments, write lock, per-segment files) and files bitext keeps beside them. */
    private static final Pattern LUCENE_FILE = Pattern.compile(
            "(segments_[0-9a-z]+|pending_segments_[0-9a-z]+|write\\.lock|_[0-9a-z]+(_[0-9A-Za-z]+)*\\.[0-9A-Za-z]+)");
    private static final List<String> OURS = List.of("README.md", TermTable.FILE_NAME, TermTable.FILE_NAME + ".tmp");

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

    /** The corpus folder recorded in the index's latest commit, if any. */
    public static Optional<String> corpusOf(Path dir) {
        return userData(dir).map(m -> m.get(CORPUS_KEY));
    }

    /**
     * Checks that {@code dir} is missing, empty (apart from a README), a bitext index, or the remains of a
     * first run that was killed before its commit; anything else is refused.
     */
    static void checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir, "the index location is a file, not a folder; choose another --index");
        }
        Optional<Map<String, String>> data = userData(dir);
        if (data.isPresent()) {
            if (!data.get().containsKey(FORMAT_KEY)) {
                throw new BadInputException(dir, "holds a Lucene index that bitext did not write; refusing to touch"
                        + " it (choose another --index folder)");
            }
            return;
        }
        List<String> foreign = foreignFiles(dir);
        if (!foreign.isEmpty()) {
            throw new BadInputException(dir, "is not a bitext index and not empty (found "
                    + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                    + (foreign.size() > 3 ? ", ..." : "") + "); refusing to write there: choose another"
                    + " --index folder or empty this one");
        }
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
        } catch (IOException e) {
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

    private static List<String> foreignFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                if (!OURS.contains(name) && !LUCENE_FILE.matcher(name).matches()) {
                    foreign.add(name);
                }
            });
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list the index folder: " + e.getMessage(), e);
        }
        return foreign;
    }
}
