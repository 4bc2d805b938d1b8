package org.bitext.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bitext.bench.IndexBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code bitext bench index}: indexing throughput, search latency, index size and heap (see IndexBench). */
@Command(name = "index", description = {
    "Indexing throughput on the Bible 006 pairs and on a generated ~1,000,000-unit corpus, search latency",
    "(p50/p99 over 100 fixed queries, warm) on the big index, index size per unit, peak heap."})
final class BenchIndexCommand implements Callable<Integer> {

    @Mixin
    BibleOption bible;

    @Mixin
    BenchWorkOptions work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        work.run("bitext-bench-index", dir -> IndexBench.run(bible.dir, dir, work.units, out));
        return 0;
    }
}
