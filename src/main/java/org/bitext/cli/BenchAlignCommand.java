package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench align}: not built yet. */
@Command(name = "align", description = "Not available yet.")
final class BenchAlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench align is not available yet");
    }
}
