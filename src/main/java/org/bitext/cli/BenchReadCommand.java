package org.bitext.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.bench.ReadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitext bench read}: PDF and DOCX reading speed and peak heap at two page counts. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "PDF and DOCX reading speed (pages/s, MB/s, one thread) and peak heap on generated documents.")
final class BenchReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", split = ",", defaultValue = "100,1000", paramLabel = "N[,N…]",
            description = "Page counts to generate and read (default: ${DEFAULT-VALUE}).")
    List<Integer> pages;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Folder with CD-1937.en.txt, the text laid out (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() {
        for (int n : pages) {
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pages must be at least 1, was " + n);
            }
        }
        Path work;
        try {
            work = Files.createTempDirectory("bitext-bench-read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (ReadBench.Result r : ReadBench.run(corpus, pages, work)) {
                spec.commandLine().getOut().println(String.format(Locale.ROOT,
                        "read %-4s %5d pages, %6.1f MB: %.2f s wall, %.2f s CPU = %.0f pages/s, %.1f MB/s;"
                                + " peak heap %.0f MB; %,d characters",
                        r.format(), r.pages(), r.bytes() / 1e6, r.seconds(), r.cpuSeconds(), r.pagesPerSecond(),
                        r.megabytesPerSecond(), r.peakHeapMb(), r.chars()));
                spec.commandLine().getOut().flush();
            }
        } finally {
            try {
                Files.deleteIfExists(work);
            } catch (IOException e) {
                spec.commandLine().getErr().println("bitext: " + work + ": not removed: " + e.getMessage());
            }
        }
        return 0;
    }
}
