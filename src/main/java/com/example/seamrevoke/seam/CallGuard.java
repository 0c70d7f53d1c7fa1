package com.example.seamrevoke.seam;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Shared by the worker threads of one run: once an answer means the job must stop, no
 * other thread sends another request; and a run of rows that all exhausted their retries
 * means the API is down, which stops the job too. The first request of a run goes alone,
 * so a wrong key or endpoint costs one request, not one per worker.
 */
public class CallGuard {

	private final int stopAfterConsecutiveExhausted;

	private final AtomicInteger run = new AtomicInteger();

	private final AtomicReference<String> stopReason = new AtomicReference<>();

	private final AtomicInteger consecutiveExhausted = new AtomicInteger();

	private final AtomicBoolean firstRequestTaken = new AtomicBoolean();

	private volatile CountDownLatch firstAnswer = new CountDownLatch(1);

	CallGuard(int stopAfterConsecutiveExhausted) {
		this.stopAfterConsecutiveExhausted = stopAfterConsecutiveExhausted;
	}

	/** Called when a run starts: a stop belongs to the run that met it. */
	public void reset() {
		run.incrementAndGet();
		stopReason.set(null);
		consecutiveExhausted.set(0);
		firstAnswer = new CountDownLatch(1);
		firstRequestTaken.set(false);
	}

	/**
	 * The run a call starts in; {@link #send} refuses it once another run has started.
	 */
	int run() {
		return run.get();
	}

	/**
	 * Lets the first request of the run through alone; the others wait for its answer. A
	 * worker left over from an earlier run (its job stopped while it waited) sends
	 * nothing: its answer would belong to no row of the new run.
	 */
	<T> T send(int callerRun, Supplier<T> request) {
		checkSameRun(callerRun);
		if (firstRequestTaken.compareAndSet(false, true)) {
			try {
				return request.get();
			}
			finally {
				firstAnswer.countDown();
			}
		}
		try {
			firstAnswer.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw stop("interrupted while waiting for Seam's first answer");
		}
		checkSameRun(callerRun);
		checkNotStopped();
		return request.get();
	}

	private void checkSameRun(int callerRun) {
		if (callerRun != run.get()) {
			throw new SeamStopException("the run this call belonged to has ended");
		}
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

	void exhausted(String lastFailure) {
		if (consecutiveExhausted.incrementAndGet() >= stopAfterConsecutiveExhausted) {
			throw stop("Seam looks unavailable: " + stopAfterConsecutiveExhausted
					+ " rows in a row failed every attempt (last: " + lastFailure + ")");
		}
	}

}
