package org.bitext.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. It holds no picocli type, because the {@code java} launcher reflects over the
 * main class's methods before calling {@code main}, which loads every class of their signatures; for
 * {@link Main} that is picocli's largest classes, for nothing when the command is a plain pre-segmented
 * alignment ({@link PresegmentedShortcut}). Everything else goes to picocli through {@link Main}.
 */
public final class Start {

    private Start() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        OutOfMemory.handleUncaught(err);
        int code;
        try {
            // The common batch call skips picocli (see PresegmentedShortcut); it touches no Lucene code either.
            code = PresegmentedShortcut.run(args, System.out, err);
            if (code == PresegmentedShortcut.NOT_HANDLED) {
                code = Main.runPicocli(args);
            }
        } catch (OutOfMemoryError e) {
            // halt, not exit: with the heap still full, exit's own logging fails and prints a second line.
            // Outputs are already complete or removed by the writers' own finally blocks.
            Runtime.getRuntime().halt(OutOfMemory.report(err));
            return;
        }
        System.exit(code);
    }
}
