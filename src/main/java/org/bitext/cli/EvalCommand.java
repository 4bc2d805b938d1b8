package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext eval}: not built yet (see the issue that introduces it). */
@Command(name = "eval", description = "Not available yet.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext eval is not available yet");
    }
}
