package org.bitext.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --bible DIR}: the Bible benchmark data of the {@code bench} commands. */
final class BibleOption {

    @Option(names = "--bible", defaultValue = "../shared/bench/bible", paramLabel = "DIR",
            description = "Bible benchmark data: 001.en, 001.zh, gold/001.align, ... (default: ${DEFAULT-VALUE}).")
    Path dir;
}
