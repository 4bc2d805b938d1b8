package org.bitext.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, as the CLI tests observe it: exit code, stdout, stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
