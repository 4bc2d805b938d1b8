package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench segment}: not built yet. */
@Command(name = "segment", description = "Not available yet.")
final class BenchSegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench segment is not available yet");
    }
}
