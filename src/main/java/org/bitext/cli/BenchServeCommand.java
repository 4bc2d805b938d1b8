package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench serve}: not built yet. */
@Command(name = "serve", description = "Not available yet.")
final class BenchServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench serve is not available yet");
    }
}
