package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext terms}: not built yet (see the issue that introduces it). */
@Command(name = "terms", description = "Not available yet.")
final class TermsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext terms is not available yet");
    }
}
