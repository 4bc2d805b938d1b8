package org.bitext.index;

/** Receives progress of an indexing run (the CLI draws a bar on a terminal). Called from worker threads. */
@FunctionalInterface
public interface IndexProgress {
    /** {@code done} of {@code total} changed sources processed so far, {@code units} units written so far. */
    void update(int done, int total, long units);

    /** Reports nothing. */
    IndexProgress NONE = (done, total, units) -> { };
}
