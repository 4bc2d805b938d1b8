package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext segment}: not built yet (see the issue that introduces it). */
@Command(name = "segment", description = "Not available yet.")
final class SegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext segment is not available yet");
    }
}
