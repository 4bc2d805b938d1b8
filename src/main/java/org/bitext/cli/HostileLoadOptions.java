package org.bitext.cli;

import picocli.CommandLine.Option;

/** The hostile clients {@code bench serve} runs beside the normal ones: {@code --slow}, {@code --deep}, {@code --hostile}. */
final class HostileLoadOptions {

    @Option(names = "--slow", defaultValue = "0",
            description = "Slowloris clients running meanwhile (headers never finished; default: ${DEFAULT-VALUE}).")
    int slow;

    @Option(names = "--deep", defaultValue = "0",
            description = "Deep-paging clients running meanwhile (default: ${DEFAULT-VALUE}).")
    int deep;

    @Option(names = "--hostile", description = "Shorthand for --slow 200 --deep 4: the issue-14 load check"
            + " (normal clients: 0 errors, p99 <= 200 ms).")
    boolean hostileMix;

    /** Applies --hostile: at least 200 slow and 4 deep-paging clients. */
    void resolve() {
        if (hostileMix) {
            slow = Math.max(slow, 200);
            deep = Math.max(deep, 4);
        }
    }

    boolean none() {
        return slow == 0 && deep == 0;
    }
}
