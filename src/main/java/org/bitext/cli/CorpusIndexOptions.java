package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.bitext.Bitext;
import org.bitext.index.IndexFolder;
import org.bitext.index.IndexReport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --index DIR --corpus DIR --no-update} for the commands that use an index kept up to date with its corpus
 * folder (search, serve, bench serve): the options once, and the facade's one re-index rule
 * ({@link Bitext#indexIfStale}) reported the same way by each.
 */
final class CorpusIndexOptions {

    @Mixin
    IndexOption index;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Corpus folder indexed first when the index is missing or stale (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--no-update", description = "Do not check the corpus for changes first (use the index as it is).")
    boolean noUpdate;

    Path index() {
        return index.dir;
    }

    /**
     * Brings the index up to date with the corpus (see {@link Bitext#indexIfStale}), saying what it did;
     * nothing with {@code --no-update}.
     */
    void update(PrintWriter out, PrintWriter err) {
        if (noUpdate) {
            return;
        }
        if (!IndexFolder.exists(index.dir)) {
            out.println("bitext: no index in " + index.dir + "; indexing " + corpus + " first...");
            out.flush();
        }
        Optional<IndexReport> r = Bitext.indexIfStale(corpus, index.dir, ProgressBar.forTerminal(err));
        if (r.isPresent() && r.get().committed()) {
            IndexCommand.report(r.get(), err);
            err.println("bitext: indexed " + corpus + " into " + index.dir + ": " + r.get().summary());
            err.flush();
        }
    }
}
