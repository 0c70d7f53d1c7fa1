package com.example.seamrevoke.seam;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What Seam's throttling cost a run, for the summary: 429 answers, and retries (attempts
 * beyond a row's first). Reset when a job execution starts.
 */
public class SeamCallCounts {

	private final AtomicLong throttled = new AtomicLong();

	private final AtomicLong retries = new AtomicLong();

	void attempt(int attemptOfRow) {
		if (attemptOfRow > 1) {
			retries.incrementAndGet();
		}
	}

	void answered(int status) {
		if (status == 429) {
			throttled.incrementAndGet();
		}
	}

	/** 429 answers since the last reset. */
	public long throttled() {
		return throttled.get();
	}

	/** Attempts beyond each row's first since the last reset. */
	public long retries() {
		return retries.get();
	}

	public void reset() {
		throttled.set(0);
		retries.set(0);
	}

}
