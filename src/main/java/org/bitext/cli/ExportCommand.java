package org.bitext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.format.UnitExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bitext export}: the index's aligned units as JSON Lines, the input of the terms job on Spark. */
@Command(name = "export", description = "Write the index's aligned units (one JSON object a line, numbered in"
        + " the order the terms job reads them) for the terms job on Apache Spark.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    IndexOption index;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|parquet",
            description = "jsonl (default); parquet is written by bitext-spark.jar (see the README).")
    UnitExport.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write FILE (complete or not at all); default: standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long n;
        if (output != null) {
            n = Bitext.exportUnits(index.dir, format, output);
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            n = Bitext.exportUnits(index.dir, format, w);
            w.flush();
            StandardOutput.check();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("export: " + n + " units" + (output != null ? " -> " + output : ""));
        err.flush();
        return 0;
    }
}
