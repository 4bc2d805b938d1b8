package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.bench.IndexBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code bitext bench index}: indexing throughput, search latency, index size and heap (see IndexBench). */
@Command(name = "index", description = {
    "Indexing throughput on the Bible 006 pairs and on a generated ~1,000,000-unit corpus, search latency",
    "(p50/p99 over 100 fixed queries, warm) on the big index, index size per unit, peak heap."})
final class BenchIndexCommand implements Callable<Integer> {

    @Mixin
    BibleOption bible;

    @Option(names = "--units", defaultValue = "1000000", description = "Size of the generated corpus in units"
            + " (default: ${DEFAULT-VALUE}).")
    long units;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to build the indexes (default: a new"
            + " temporary folder, deleted afterwards).")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("bitext-bench-index") : work;
        try {
            IndexBench.run(bible.dir, dir, units, out);
        } finally {
            if (temporary) {
                IndexBench.delete(dir);
            }
        }
        return 0;
    }
}
