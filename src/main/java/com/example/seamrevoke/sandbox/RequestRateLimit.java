package com.example.seamrevoke.sandbox;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The sandbox's unannounced limit: a token bucket of {@code rate} tokens per second
 * holding at most a tenth of a second's worth (at least one), so a client that goes
 * faster meets 429s within a fraction of a second, like a real API gateway.
 */
final class RequestRateLimit {

	private final double rate;

	private final double capacity;

	private final LongSupplier nanoClock;

	private double tokens;

	private long last;

	RequestRateLimit(double rate, LongSupplier nanoClock) {
		this.rate = rate;
		this.capacity = Math.max(1, rate / 10);
		this.nanoClock = nanoClock;
		this.tokens = capacity;
		this.last = nanoClock.getAsLong();
	}

	/** Takes a token, or says the request is over the limit. */
	synchronized boolean tryAcquire() {
		if (rate <= 0) {
			return true;
		}
		long now = nanoClock.getAsLong();
		tokens = Math.min(capacity, tokens + (now - last) * rate / TimeUnit.SECONDS.toNanos(1));
		last = now;
		if (tokens < 1) {
			return false;
		}
		tokens--;
		return true;
	}

}
