package org.bitext.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many searches run at once. Requests run on virtual threads, so a slow client costs a parked
 * thread and nothing else; the CPU-bound search work is what must not be oversubscribed, or every request
 * slows down together. A search that cannot start within {@link #WAIT_SECONDS} gets 503 (try again) instead
 * of queueing without bound. Heavy searches (deep or long pages: every hit up to offset + limit is read and
 * spotted) also take the single heavy permit, so they never hold more than one core and the ordinary
 * page-sized lookups keep the others.
 */
final class WorkLimiter {

    static final int WAIT_SECONDS = 10;

    /** Hits read (offset + limit) above which a search is heavy. */
    static final int HEAVY_WINDOW = 100;

    private final Semaphore permits;
    private final Semaphore heavy = new Semaphore(1, true);

    WorkLimiter() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    WorkLimiter(int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent must be >= 1, was " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
    }

    /** Runs {@code work} when a permit is free; {@code window} is the hits it reads (offset + limit). */
    <T> T call(int window, Supplier<T> work) {
        boolean isHeavy = window > HEAVY_WINDOW;
        if (isHeavy) {
            acquire(heavy);
        }
        try {
            acquire(permits);
            try {
                return work.get();
            } finally {
                permits.release();
            }
        } finally {
            if (isHeavy) {
                heavy.release();
            }
        }
    }

    private static void acquire(Semaphore s) {
        boolean acquired;
        try {
            acquired = s.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "server is shutting down");
        }
        if (!acquired) {
            throw new HttpError(503, "server is busy; try again");
        }
    }
}
