package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Out-of-memory anywhere (the main thread or a worker) becomes one line saying how much heap was in use
 * and how to give the JVM more, with exit status 2, instead of a stack trace and exit 1: a very large
 * input is the user's to size, not a bug.
 */
final class OutOfMemory {

    /** Exit status for an input too large for the heap: the input is the problem, as for bad input. */
    static final int EXIT = 2;

    private OutOfMemory() {
    }

    /** The out-of-memory error in {@code t}'s cause chain, or null. */
    static OutOfMemoryError find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError oom) {
                return oom;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** The one-line message: heap in use, its maximum, and the setting that raises it. */
    static String message() {
        Runtime rt = Runtime.getRuntime();
        long mib = 1 << 20;
        long used = (rt.totalMemory() - rt.freeMemory()) / mib;
        long max = rt.maxMemory() / mib;
        long suggest = Math.max(1024, Long.highestOneBit(Math.max(1, max)) * 4);
        return String.format(Locale.ROOT, "bitext: out of memory: the Java heap is full (%d MiB in use, at most %d"
                + " MiB); give it more, e.g. BITEXT_JAVA_OPTS=-Xmx%dm ./bitext ...", used, max, suggest);
    }

    static int report(PrintWriter err) {
        err.println(message());
        err.flush();
        return EXIT;
    }

    /**
     * Installs a handler for threads that die of out-of-memory on their own (pools, timers): the process
     * stops with the one-line message rather than limping on without the thread.
     */
    static void handleUncaught(PrintWriter err) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (find(e) != null) {
                report(err);
                Runtime.getRuntime().halt(EXIT);
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.println("Exception in thread \"" + thread.getName() + "\" " + e);
            }
        });
    }
}
