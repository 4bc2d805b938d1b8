package org.bitext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bitext search}: not built yet (see the issue that introduces it). */
@Command(name = "search", description = "Not available yet.")
final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bitext search is not available yet");
    }
}
