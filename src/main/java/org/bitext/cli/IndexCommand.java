package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bitext index}: indexes a corpus folder for concordance search (incremental). */
@Command(name = "index", description = {
    "Align and index the document pairs (NAME.zh.txt + NAME.en.txt) and TMX files of a corpus folder for search.",
    "Incremental: unchanged documents are skipped, changed ones replaced, removed ones deleted; one commit per run."})
final class IndexCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS_DIR",
            description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    IndexOption index;

    @Option(names = "--replace", description = "Allow a run that deletes every document of the existing index"
            + " (an empty or another corpus).")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        IndexReport r = Bitext.index(corpus, index.dir, ProgressBar.forTerminal(err), replace);
        report(r, err);
        out.println(r.summary());
        out.flush();
        return r.errors().isEmpty() ? 0 : 2;
    }

    /** Prints a run's problems to stderr, one line each (also after the indexing search and serve do first). */
    static void report(IndexReport r, PrintWriter err) {
        r.warnings().forEach(w -> err.println("bitext: warning: " + w));
        r.errors().forEach(e -> err.println("bitext: " + e));
        err.flush();
    }
}
