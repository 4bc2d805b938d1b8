package org.bitext.cli;

import org.bitext.text.BadInputException;

/**
 * Standard output's write errors. {@link System#out} is a {@link java.io.PrintStream}, which swallows them
 * ({@code > /dev/full}, a full disk, a closed pipe) and only remembers that one happened: without this check
 * a command would exit 0 with its output lost.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    /** Flushes standard output; a write error so far is bad input naming standard output, exit 2. */
    static void check() {
        if (System.out.checkError()) {
            throw new BadInputException(null, "standard output: write error (disk full, or the reader went away);"
                    + " the output is incomplete");
        }
    }
}
