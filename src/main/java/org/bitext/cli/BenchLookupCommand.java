package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.bench.IndexBench;
import org.bitext.bench.TmBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitext bench lookup}: translation-memory lookup latency, analysis time and recall (see TmBench). */
@Command(name = "lookup", description = {
    "Translation-memory lookup on the ~1,000,000-unit index (Bible 006 repeated; built in --work unless there):",
    "p50/p99 of one edited sentence at a time (warm), a 1,000-sentence document analysed, recall of the",
    "candidates against scoring every unit, bytes per unit."})
final class BenchLookupCommand implements Callable<Integer> {

    @Option(names = "--bible", defaultValue = "../shared/bench/bible", paramLabel = "DIR",
            description = "Bible benchmark data (default: ${DEFAULT-VALUE}).")
    Path bible;

    @Option(names = "--units", defaultValue = "1000000", description = "Size of the index in units (default:"
            + " ${DEFAULT-VALUE}).")
    long units;

    @Option(names = "--queries", defaultValue = "1000", description = "Edited sentences per language (default:"
            + " ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--recall-queries", defaultValue = "200", description = "Of those, checked against the"
            + " exhaustive scan (default: ${DEFAULT-VALUE}).")
    int recallQueries;

    @Option(names = "--candidates", defaultValue = "50", description = "Candidates scored exactly per lookup"
            + " (default: ${DEFAULT-VALUE}, as bitext lookup).")
    int candidates;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the indexes are (kept between runs; default:"
            + " a new temporary folder, deleted afterwards).")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("bitext-bench-lookup") : work;
        try {
            TmBench.run(bible, dir, units, queries, recallQueries, candidates, out);
        } finally {
            if (temporary) {
                IndexBench.delete(dir);
            }
        }
        return 0;
    }
}
