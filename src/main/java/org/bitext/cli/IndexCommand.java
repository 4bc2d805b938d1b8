package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext index}: not built yet (see the issue that introduces it). */
@Command(name = "index", description = "Not available yet.")
final class IndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext index is not available yet");
    }
}
