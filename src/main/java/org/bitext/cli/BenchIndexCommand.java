package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench index}: not built yet. */
@Command(name = "index", description = "Not available yet.")
final class BenchIndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench index is not available yet");
    }
}
