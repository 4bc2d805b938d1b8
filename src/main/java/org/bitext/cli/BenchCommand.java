package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench}: not built yet (see the issue that introduces it). */
@Command(name = "bench", description = "Not available yet.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench is not available yet");
    }
}
