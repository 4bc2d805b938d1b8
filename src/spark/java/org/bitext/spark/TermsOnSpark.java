package org.bitext.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.bitext.Bitext;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.bitext.text.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bitext-spark.jar}: the terms job on Apache Spark, over the units {@code bitext export} wrote, and the
 * conversion of an export to Parquet. Submitted with {@code spark-submit} (the cluster's master), or run with
 * {@code --master local[*]} on one machine ({@code scripts/spark-terms}). Exit status as {@code bitext}'s: 0,
 * 2 for bad input or usage (one line), 1 for an internal error; stack traces with {@code --verbose}.
 */
@Command(name = "bitext-spark", mixinStandardHelpOptions = true,
        description = "The bitext terms job on Apache Spark.",
        subcommands = {TermsOnSpark.Terms.class, TermsOnSpark.Convert.class})
public final class TermsOnSpark implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand has. */
    static final class Common {
        @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*] (default: the"
                + " one spark-submit sets).")
        String master;

        @Option(names = "--verbose", description = "Print stack traces and Spark's log.")
        boolean verbose;
    }

    /** {@code terms}: the term list from an export, written as {@code bitext terms} writes it. */
    @Command(name = "terms", mixinStandardHelpOptions = true,
            description = "Extract Chinese-English term pairs from exported units (same list as 'bitext terms').")
    static final class Terms implements Callable<Integer> {
        @CommandLine.Mixin
        Common common;

        @Option(names = "--units", required = true, paramLabel = "FILE",
                description = "Units written by 'bitext export' (.jsonl) or converted to .parquet.")
        String units;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
                description = "Write FILE.csv, FILE.tsv or FILE.tbx (complete or not at all).")
        Path output;

        @Option(names = "--min-freq", defaultValue = "2",
                description = "Minimum units per term and pair (default: ${DEFAULT-VALUE}).")
        int minFreq;

        @Option(names = "--top", defaultValue = "0", description = "Keep the N strongest pairs (default: all).")
        int top;

        @Option(names = "--glossary", paramLabel = "FILE.tsv", description = "Known pairs (zh<TAB>en), used as anchors.")
        Path glossary;

        @Option(names = "--min-confidence", defaultValue = "0.5",
                description = "Leave out beads with a lower confidence (default: ${DEFAULT-VALUE}).")
        double floor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            TermsOptions options;
            try {
                options = TermsOptions.forUnits(output, minFreq, top, glossary, floor);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
                // known now, not after the whole job
                throw new BadInputException(output, "output folder does not exist");
            }
            SparkUnits.checkReadable(units);
            PrintWriter err = spec.commandLine().getErr();
            SparkSession spark = session(common);
            try {
                TermsReport report = run(spark, units, options, line -> {
                    err.println(line);
                    err.flush();
                });
                report.warnings().forEach(w -> err.println("bitext-spark: warning: " + w));
                err.println("terms: " + report.terms().size() + " pairs from " + report.unitsUsed() + " units -> "
                        + report.output());
                err.flush();
                return 0;
            } finally {
                if (common.master != null) {
                    spark.stop();
                }
            }
        }
    }

    /** {@code convert}: an export from JSON Lines to Parquet. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert units written by 'bitext export' to Parquet (a folder of part files).")
    static final class Convert implements Callable<Integer> {
        @CommandLine.Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "UNITS.jsonl")
        String jsonl;

        @Parameters(index = "1", paramLabel = "UNITS.parquet")
        String parquet;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SparkUnits.checkReadable(jsonl);
            SparkSession spark = session(common);
            try {
                long n = ParquetUnits.convert(spark, jsonl, parquet);
                spec.commandLine().getErr().println("convert: " + n + " units -> " + parquet);
                spec.commandLine().getErr().flush();
                return 0;
            } finally {
                if (common.master != null) {
                    spark.stop();
                }
            }
        }
    }

    /**
     * Runs the terms job on {@code spark} over the export {@code units} (its own session is the caller's to
     * stop): the shared driver with the Spark runner, the output written by bitext's writers.
     */
    public static TermsReport run(SparkSession spark, String units, TermsOptions options,
                                  java.util.function.Consumer<String> progress) {
        Path origin = Path.of(units);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        try (SparkTermsRunner runner = new SparkTermsRunner(sc, SparkUnits.units(SparkUnits.read(spark, units)),
                options.confidenceFloor(), origin, progress)) {
            return Bitext.extractTerms(options, runner, origin, progress);
        }
    }

    private static SparkSession session(Common common) {
        if (common.master != null && !common.verbose) {
            // a run on one machine: Spark's start-up log (dozens of INFO lines) says nothing to a translator
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
        }
        SparkSession spark = Sessions.open(common.master);
        if (!common.verbose) {
            spark.sparkContext().setLogLevel("ERROR");
        }
        return spark;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }

    /** A configured command line on these streams; tests call it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TermsOnSpark());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                report(ex, parseResult.originalArgs().contains("--verbose"), err));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("bitext-spark: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /**
     * One line for a failure: bad input (also when a Spark task met it: the cause travels back inside a
     * {@link SparkException}) and unreadable units are 2, anything else 1.
     */
    static int report(Exception ex, boolean verbose, PrintWriter err) {
        int code = 1;
        // A SparkException's message carries the remote task's stack trace: only its first line is shown.
        String message = "internal error: " + firstLine(String.valueOf(ex))
                + (verbose ? "" : " (run with --verbose for details)");
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof CommandLine.ParameterException) {
                code = 2;
                message = t.getMessage();
                break;
            }
            if (t instanceof UncheckedIOException || t instanceof java.io.IOException) {
                code = 2;
                message = "I/O error: " + (t.getCause() != null && t instanceof UncheckedIOException
                        ? t.getCause().getMessage() : t.getMessage());
                break;
            }
            if (t instanceof SparkException s && s.getMessage() != null
                    && s.getMessage().contains("FAILED_READ_FILE") || t instanceof IllegalArgumentException
                    && t.getMessage() != null && t.getMessage().startsWith("unit ")) {
                code = 2;
                message = "the units file is not as 'bitext export' writes it: " + firstLine(t.getMessage());
                break;
            }
        }
        err.println("bitext-spark: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
