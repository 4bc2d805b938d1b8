package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.bitext.index.IndexProgress;

/** A one-line progress bar on stderr (documents done / total, units per second), redrawn at most 10 times a second. */
final class ProgressBar implements IndexProgress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when stderr is a terminal, otherwise silence. */
    static IndexProgress forTerminal(PrintWriter err) {
        return Terminal.isTerminal() ? new ProgressBar(err) : IndexProgress.NONE;
    }

    @Override
    public synchronized void update(int done, int total, long units) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double secs = Math.max(1e-3, (now - start) / 1e9);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d documents, %d units, %.0f units/s ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, units, units / secs));
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
