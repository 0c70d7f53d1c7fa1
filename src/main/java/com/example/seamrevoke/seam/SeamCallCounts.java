package com.example.seamrevoke.seam;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What Seam's throttling cost a run, for the summary: 429 answers, and retries (attempts
 * beyond a row's first); and the second each 429 came in, for the audit page's timeline
 * (docs/audit-page.md). Reset when a job execution starts.
 */
public class SeamCallCounts {

	private final AtomicLong throttled = new AtomicLong();

	private final AtomicLong retries = new AtomicLong();

	private final Map<Long, LongAdder> throttledPerSecond = new ConcurrentHashMap<>();

	private final Clock clock;

	public SeamCallCounts() {
		this(Clock.systemUTC());
	}

	SeamCallCounts(Clock clock) {
		this.clock = clock;
	}

	void attempt(int attemptOfRow) {
		if (attemptOfRow > 1) {
			retries.incrementAndGet();
		}
	}

	void answered(int status) {
		if (status == 429) {
			throttled.incrementAndGet();
			throttledPerSecond.computeIfAbsent(clock.millis() / 1000, second -> new LongAdder()).increment();
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

	/** 429 answers since the last reset, by the epoch second they came in. */
	public Map<Long, Long> throttledPerSecond() {
		Map<Long, Long> copy = new TreeMap<>();
		throttledPerSecond.forEach((second, count) -> copy.put(second, count.sum()));
		return copy;
	}

	public void reset() {
		throttled.set(0);
		retries.set(0);
		throttledPerSecond.clear();
	}

}
