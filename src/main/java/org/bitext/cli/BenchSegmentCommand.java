package org.bitext.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.bench.SegmentBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitext bench segment}: segmentation throughput (MB/s, one thread) on a large generated input. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Segmentation throughput on the corpus repeated to --mb megabytes (half zh, half en).")
final class BenchSegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mb", defaultValue = "50", paramLabel = "MB",
            description = "Input size in MB (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Folder with NAME.zh.txt and NAME.en.txt (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() {
        if (megabytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mb must be at least 1, was " + megabytes);
        }
        SegmentBench.Report report = SegmentBench.run(corpus, megabytes);
        long bytes = 0;
        double seconds = 0;
        double cpu = 0;
        for (SegmentBench.Result r : report.results()) {
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "segment %s: %.1f MB in %.2f s wall = %.1f MB/s; %.2f s CPU = %.1f MB/s (%d paragraphs, "
                            + "%d sentences)",
                    r.language().code(), r.bytes() / 1e6, r.seconds(), r.megabytesPerSecond(), r.cpuSeconds(),
                    r.megabytesPerCpuSecond(), r.paragraphs(), r.sentences()));
            bytes += r.bytes();
            seconds += r.seconds();
            cpu += r.cpuSeconds();
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "segment total: %.1f MB in %.2f s wall = %.1f MB/s; %.2f s CPU = %.1f MB/s (one thread)",
                bytes / 1e6, seconds, bytes / 1e6 / seconds, cpu, bytes / 1e6 / cpu));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
