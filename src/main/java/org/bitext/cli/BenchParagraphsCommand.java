package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.bench.ParagraphBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitext bench paragraphs}: segment and align documents of 50k, 100k, 200k numbered paragraphs. */
@Command(name = "paragraphs", mixinStandardHelpOptions = true,
        description = "Segment and align generated document pairs of many numbered paragraphs: time per size"
                + " (linear time = constant time per 1,000 paragraphs).")
final class BenchParagraphsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", defaultValue = "50000,100000,200000", split = ",",
            description = "Paragraph counts (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("bitext-bench-paragraphs");
        try {
            List<ParagraphBench.Result> results = ParagraphBench.run(sizes, dir);
            for (ParagraphBench.Result r : results) {
                out.println("bench paragraphs: " + r.summary());
            }
            if (results.size() > 1) {
                ParagraphBench.Result first = results.get(0);
                ParagraphBench.Result last = results.get(results.size() - 1);
                double size = (double) last.paragraphs() / first.paragraphs();
                out.println(String.format(Locale.ROOT, "bench paragraphs: per paragraph, %,d costs %.2f x the CPU"
                        + " and %.2f x the wall time of %,d (1.0 = linear)", last.paragraphs(),
                        last.cpuSeconds() / first.cpuSeconds() / size, last.seconds() / first.seconds() / size,
                        first.paragraphs()));
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        out.flush();
        return 0;
    }
}
