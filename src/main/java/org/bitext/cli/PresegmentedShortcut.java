package org.bitext.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bitext.text.OutputFile;
import java.util.ArrayList;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.align.Bead;
import org.bitext.format.Beads;
import org.bitext.text.Language;

/**
 * {@code bitext align --presegmented SRC TGT [--src-lang L] [-o FILE]} without picocli. Building picocli's
 * command model costs 0.15–0.25 s of CPU per start (its classes are Java 5 class files, which the JVM's
 * class-data-sharing archive cannot keep pre-linked), a fifth of the time budget of aligning 5,000
 * sentences. So {@link Main} first offers the arguments here: exactly the plain forms below are run at
 * once, anything else (help, another option, a repeated option, an {@code @file}, a bad value) returns
 * {@link #NOT_HANDLED} and goes through picocli, which owns the usage messages. Running the command is the
 * same code either way ({@link #write}); {@code PresegmentedShortcutTest} checks both paths agree.
 */
final class PresegmentedShortcut {

    /** Returned by {@link #run} when the arguments are not a plain pre-segmented alignment. */
    static final int NOT_HANDLED = -1;

    private PresegmentedShortcut() {
    }

    /** The parsed plain form; null fields were not given. */
    record Args(Path src, Path tgt, Language srcLang, Path output) {
    }

    /**
     * Runs {@code args} when they are a plain pre-segmented alignment, writing the beads to {@code stdout}
     * (or the output file) and errors to {@code err}; returns the exit code, or {@link #NOT_HANDLED}.
     */
    static int run(String[] args, OutputStream stdout, PrintWriter err) {
        Args a = parse(args);
        if (a == null) {
            return NOT_HANDLED;
        }
        try {
            write(a.src(), a.tgt(), a.srcLang(), a.output(), stdout);
            return 0;
        } catch (Exception e) {
            return Main.reportFailure(e, false, err);
        }
    }

    /** The plain form of {@code args}, or null when picocli should parse them. */
    static Args parse(String[] args) {
        if (args.length < 4 || !args[0].equals("align")) {
            return null;
        }
        boolean presegmented = false;
        String srcLang = null;
        String output = null;
        List<String> files = new ArrayList<>(2);
        for (int k = 1; k < args.length; k++) {
            String arg = args[k];
            String value = null;
            String name = arg;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--presegmented" -> {
                    if (presegmented || value != null) {
                        return null;
                    }
                    presegmented = true;
                }
                case "--src-lang", "-o", "--output" -> {
                    if (value == null) {
                        if (++k == args.length) {
                            return null;
                        }
                        value = args[k];
                    }
                    if (name.equals("--src-lang")) {
                        if (srcLang != null) {
                            return null;
                        }
                        srcLang = value;
                    } else {
                        if (output != null) {
                            return null;
                        }
                        output = value;
                    }
                }
                default -> {
                    if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                        return null;
                    }
                    files.add(arg);
                }
            }
        }
        if (!presegmented || files.size() != 2 || (output != null && output.startsWith("-"))
                || (srcLang != null && srcLang.startsWith("-"))) {
            return null;
        }
        try {
            return new Args(Path.of(files.get(0)), Path.of(files.get(1)),
                    srcLang == null ? Language.EN : Language.parse(srcLang), output == null ? null : Path.of(output));
        } catch (IllegalArgumentException e) {
            // an unknown language or an InvalidPathException: picocli reports the bad value in its own words
            return null;
        }
    }

    /** Aligns two pre-segmented files and writes the beads to {@code output}, or {@code stdout} when null. */
    static void write(Path src, Path tgt, Language srcLang, Path output, OutputStream stdout) throws Exception {
        OutputFile.checkNotInput(output, src, tgt);
        List<Bead> beads = Bitext.alignPresegmented(src, tgt, srcLang);
        String text = Beads.format(beads);
        if (output != null) {
            OutputFile.writeText(output, w -> w.write(text));
            return;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        w.write(text);
        w.flush();
        StandardOutput.check();
    }
}
