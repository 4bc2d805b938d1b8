package org.bitext.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bitext.bench.TmBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitext bench lookup}: translation-memory lookup latency, analysis time and recall (see TmBench). */
@Command(name = "lookup", description = {
    "Translation-memory lookup on the ~1,000,000-unit index (Bible 006 repeated; built in --work unless there):",
    "p50/p99 of one edited sentence at a time (warm), a 1,000-sentence document analysed, recall of the",
    "candidates against scoring every unit, bytes per unit."})
final class BenchLookupCommand implements Callable<Integer> {

    @Mixin
    BibleOption bible;

    @Mixin
    BenchWorkOptions work;

    @Option(names = "--queries", defaultValue = "1000", description = "Edited sentences per language (default:"
            + " ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--recall-queries", defaultValue = "200", description = "Of those, checked against the"
            + " exhaustive scan (default: ${DEFAULT-VALUE}).")
    int recallQueries;

    @Option(names = "--candidates", defaultValue = "50", description = "Candidates scored exactly per lookup"
            + " (default: ${DEFAULT-VALUE}, as bitext lookup).")
    int candidates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        work.run("bitext-bench-lookup",
                dir -> TmBench.run(bible.dir, dir, work.units, queries, recallQueries, candidates, out));
        return 0;
    }
}
