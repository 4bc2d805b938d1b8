package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext serve}: not built yet (see the issue that introduces it). */
@Command(name = "serve", description = "Not available yet.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext serve is not available yet");
    }
}
