package org.bitext.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many searches run at once. Requests run on virtual threads, so a slow client costs a parked
 * thread and nothing else; the CPU-bound search work is what must not be oversubscribed, or every request
 * slows down together. A search that cannot start within {@link #WAIT_SECONDS} gets 503 (try again) instead
 * of queueing without bound.
 */
final class WorkLimiter {

    static final int WAIT_SECONDS = 10;

    private final Semaphore permits;

    WorkLimiter() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    WorkLimiter(int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent must be >= 1, was " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
    }

    <T> T call(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "server is shutting down");
        }
        if (!acquired) {
            throw new HttpError(503, "server is busy; try again");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
