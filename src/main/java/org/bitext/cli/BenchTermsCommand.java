package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext bench terms}: not built yet. */
@Command(name = "terms", description = "Not available yet.")
final class BenchTermsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext bench terms is not available yet");
    }
}
