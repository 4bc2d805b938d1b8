package org.bitext.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bitext.bench.IndexBench;
import picocli.CommandLine.Option;

/**
 * {@code --units N} and {@code --work DIR} of the {@code bench} commands that build a big index (Bible 006
 * repeated), and running the benchmark in that folder or in a temporary one.
 */
final class BenchWorkOptions {

    /** A benchmark run in a work folder. */
    interface Run {
        void in(Path dir) throws Exception;
    }

    @Option(names = "--units", defaultValue = "1000000", description = "Size of the generated index in units"
            + " (default: ${DEFAULT-VALUE}).")
    long units;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the indexes are built (default: a new"
            + " temporary folder, deleted afterwards; bench lookup keeps and reuses them between runs).")
    Path work;

    /** Runs {@code run} in --work, or in a new temporary folder (named from {@code prefix}) deleted after. */
    void run(String prefix, Run run) throws Exception {
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory(prefix) : work;
        try {
            run.in(dir);
        } finally {
            if (temporary) {
                IndexBench.delete(dir);
            }
        }
    }
}
