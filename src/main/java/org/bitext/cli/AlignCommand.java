package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext align}: not built yet (see the issue that introduces it). */
@Command(name = "align", description = "Not available yet.")
final class AlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext align is not available yet");
    }
}
