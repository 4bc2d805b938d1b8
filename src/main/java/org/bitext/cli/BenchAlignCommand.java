package org.bitext.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.bench.AlignBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code bitext bench align}: Bible 001 and 006 aligned in a fresh JVM (-Xmx512m): wall time, memory, F1. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the Bible bench sets (001, 006) as a user would: whole-process wall time with "
                + "JVM start, peak memory, strict/lax F1 against the gold.")
final class BenchAlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BibleOption bible;

    @Option(names = "--sets", defaultValue = "001,006", split = ",", description = "Sets to run (default: 001,006).")
    List<String> sets;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<AlignBench.Result> results = AlignBench.run(bible.dir, sets);
        if (results.isEmpty()) {
            out.println("bench align: no Bible sets found in " + bible.dir + " (nothing measured)");
        }
        if (!results.isEmpty()) {
            out.println("each set in a fresh JVM: " + AlignBench.describeCommand());
        }
        for (AlignBench.Result r : results) {
            out.println(String.format(Locale.ROOT,
                    "align %s (%d en x %d zh): %.2f s wall (JVM start included, -Xmx512m), %.2f s CPU, peak RSS %s; "
                            + "strict P %.3f R %.3f F1 %.3f; lax F1 %.3f",
                    r.set(), r.enSentences(), r.zhSentences(), r.wallSeconds(), r.cpuSeconds(),
                    r.peakRssKb() < 0 ? "n/a" : (r.peakRssKb() / 1024) + " MB",
                    r.scores().strictPrecision(), r.scores().strictRecall(), r.scores().strictF1(),
                    r.scores().laxF1()));
        }
        out.flush();
        return 0;
    }
}
