package org.bitext.cli;

import org.bitext.align.Level;
import org.bitext.index.DateRange;
import org.bitext.text.BadInputException;
import picocli.CommandLine.Option;

/**
 * {@code --level --doc --from --to}: which aligned units a search or a lookup looks at, written once for
 * both commands so that they filter alike.
 */
final class UnitFilterOptions {

    @Option(names = "--level", defaultValue = "sentence", paramLabel = "sentence|paragraph",
            description = "Unit level (default: ${DEFAULT-VALUE}).")
    Level level;

    @Option(names = "--doc", paramLabel = "NAME", description = "Only units of this document.")
    String doc;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only documents dated on or after DATE (yyyy-mm-dd, from the masthead).")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only documents dated on or before DATE (yyyy-mm-dd, from the masthead).")
    String to;

    /** The --from/--to range; a bad date is bad input (one line, exit 2), not a usage error. */
    DateRange dates() {
        try {
            return DateRange.parse("--from", from, "--to", to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(null, e.getMessage());
        }
    }
}
