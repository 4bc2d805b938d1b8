package org.bitext.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, the index folder: one declaration for every command that reads or writes an index. */
final class IndexOption {

    @Option(names = "--index", defaultValue = "index", paramLabel = "DIR",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
