package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.bitext.text.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bitext} command line: a thin adapter over {@link org.bitext.Bitext}. Exit status 0 on
 * success, 2 on bad input or usage (one line on stderr naming the file and the problem), 1 on an internal
 * error.
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Chinese-English alignment, concordance search and terminology for UN documents.")
public final class Main implements Runnable {

    /**
     * The commands, in the order help lists them. Registered programmatically rather than in the annotation so
     * that a run of one command builds only that command's model: picocli's reflection over every command
     * costs about 0.2 s, a fifth of a short alignment's budget.
     */
    private static final List<Class<?>> COMMANDS = List.of(
            SegmentCommand.class,
            AlignCommand.class,
            EvalCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            LookupCommand.class,
            TermsCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            BenchCommand.class);

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces and extra diagnostics.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The bound on every input file's size; applies to the whole process (every reader checks it). */
    @Option(names = "--max-size", scope = CommandLine.ScopeType.INHERIT, paramLabel = "SIZE",
            description = "Largest input file read, e.g. 500M or 2G (default 256M).")
    void maxSize(String value) {
        try {
            System.setProperty(org.bitext.text.InputFiles.MAX_SIZE_PROPERTY,
                    Long.toString(org.bitext.text.InputFiles.parseSize(value)));
        } catch (BadInputException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Same as the jar's entry point {@link Start#main}, for {@code java -cp … org.bitext.cli.Main}. */
    public static void main(String[] args) {
        Start.main(args);
    }

    /** Runs the command line through picocli, with library logging set as the arguments ask. */
    static int runPicocli(String[] args) {
        quietLibraryLogging(java.util.Arrays.asList(args).contains("--verbose"));
        return run(args);
    }

    private static PrintWriter errorWriter() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** Runs the command line with UTF-8 output and the project's exit-code conventions. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = errorWriter();
        int code = commandLine(out, err, args).execute(args);
        out.flush();
        if (code == 0 && System.out.checkError()) {
            // PrintStream swallows write errors (> /dev/full): the output is lost, so the run failed.
            err.println("bitext: standard output: write error (disk full, or the reader went away); the output"
                    + " is incomplete");
            err.flush();
            return 2;
        }
        return code;
    }

    /** A configured command line writing to the given streams; tests call this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * A command line for these arguments: when the first one names a command, only that command is built
     * (help, usage errors and unknown commands get all of them).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... argv) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        Class<?> only = argv.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(argv[0])).findFirst().orElse(null);
        if (only != null) {
            cl.addSubcommand(only);
        } else {
            COMMANDS.forEach(cl::addSubcommand);
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        withHelpOptions(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                reportFailure(ex, parseResult.hasMatchedOption("--verbose") || main.verbose, err));
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("bitext: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /**
     * Reports an exception of a command in one line and returns the exit code: 2 for bad input, a usage
     * error or an I/O error, 1 for an internal error; the stack trace only when {@code verbose}.
     */
    static int reportFailure(Exception ex, boolean verbose, PrintWriter err) {
        if (OutOfMemory.find(ex) != null) {
            return OutOfMemory.report(err);
        }
        Throwable cause = ex;
        if (cause instanceof UncheckedIOException u && u.getCause() != null) {
            cause = u.getCause();
        }
        if (cause instanceof BadInputException || cause instanceof CommandLine.ParameterException) {
            err.println("bitext: " + cause.getMessage());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 2;
        }
        if (cause instanceof java.io.IOException io) {
            err.println("bitext: I/O error: " + io.getMessage());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 2;
        }
        err.println("bitext: internal error: " + cause
                + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * Lucene logs a performance hint (the incubating Vector API is not enabled) on every start; it says
     * nothing a translator can act on, so it is shown only with --verbose.
     */
    private static void quietLibraryLogging(boolean verbose) {
        if (!verbose) {
            LuceneLogger.LOGGER.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    /**
     * Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. A
     * holder class, so that a run that needs no Lucene does not start java.util.logging.
     */
    private static final class LuceneLogger {
        static final java.util.logging.Logger LOGGER =
                java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    }

    /** Every command and subcommand answers --help and --version, whether or not its class asks for it. */
    private static void withHelpOptions(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelpOptions(sub);
        }
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bitext " + (v == null ? "(development build)" : v)};
        }
    }
}
