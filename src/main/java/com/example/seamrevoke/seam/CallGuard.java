package com.example.seamrevoke.seam;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shared by the worker threads of one run: once an answer means the job must stop, no other
 * thread sends another request; and a run of rows that all exhausted their retries means the
 * API is down, which stops the job too.
 */
public class CallGuard {

    private final int stopAfterConsecutiveExhausted;
    private final AtomicReference<String> stopReason = new AtomicReference<>();
    private final AtomicInteger consecutiveExhausted = new AtomicInteger();

    CallGuard(int stopAfterConsecutiveExhausted) {
        this.stopAfterConsecutiveExhausted = stopAfterConsecutiveExhausted;
    }

    /** Called when a run starts: a stop belongs to the run that met it. */
    public void reset() {
        stopReason.set(null);
        consecutiveExhausted.set(0);
    }

    void checkNotStopped() {
        String reason = stopReason.get();
        if (reason != null) {
            throw new SeamStopException(reason);
        }
    }

    SeamStopException stop(String reason) {
        stopReason.compareAndSet(null, reason);
        return new SeamStopException(stopReason.get());
    }

    void answered() {
        consecutiveExhausted.set(0);
    }

    void exhausted(SeamAnswer last) {
        if (consecutiveExhausted.incrementAndGet() >= stopAfterConsecutiveExhausted) {
            throw stop("Seam looks unavailable: " + stopAfterConsecutiveExhausted
                    + " rows in a row failed every attempt (last: " + last.describe() + ")");
        }
    }
}
