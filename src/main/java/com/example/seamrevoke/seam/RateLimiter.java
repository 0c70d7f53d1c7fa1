package com.example.seamrevoke.seam;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Spaces requests from all worker threads to at most {@code rate} per second. The rate
 * halves on every 429 and creeps back up with each success (AIMD), never above the
 * ceiling: a fixed {@code revoke.rate-limit}, or {@link #ADAPTIVE_CEILING} when it is
 * adaptive.
 */
class RateLimiter {

	static final double ADAPTIVE_CEILING = 100;

	private static final double ADAPTIVE_START = 25;

	private static final double FLOOR = 0.5;

	private static final double STEP = 0.5;

	private final double ceiling;

	private final LongSupplier nanoClock;

	private double rate;

	private long nextSlot;

	RateLimiter(@Nullable Double fixedCeiling, LongSupplier nanoClock) {
		this.ceiling = fixedCeiling == null ? ADAPTIVE_CEILING : fixedCeiling;
		this.rate = fixedCeiling == null ? ADAPTIVE_START : fixedCeiling;
		this.nanoClock = nanoClock;
		this.nextSlot = nanoClock.getAsLong();
	}

	RateLimiter(@Nullable Double fixedCeiling) {
		this(fixedCeiling, System::nanoTime);
	}

	void acquire() {
		long wait = reserve();
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
	}

	/** Takes the next free slot and says how many nanoseconds remain until it. */
	synchronized long reserve() {
		long now = nanoClock.getAsLong();
		long slot = Math.max(now, nextSlot);
		nextSlot = slot + (long) (TimeUnit.SECONDS.toNanos(1) / rate);
		return slot - now;
	}

	synchronized void onThrottled() {
		rate = Math.max(FLOOR, rate / 2);
	}

	synchronized void onSuccess() {
		rate = Math.min(ceiling, rate + STEP);
	}

	synchronized double rate() {
		return rate;
	}

}
