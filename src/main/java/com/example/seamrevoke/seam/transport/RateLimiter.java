package com.example.seamrevoke.seam.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces requests from all worker threads to the rate Seam accepts, found by probing
 * (docs/architecture.md, "Rate control"): the shape of the AWS SDK's adaptive retry mode,
 * a CUBIC curve over a token rate.
 * <ul>
 * <li>Adaptive (the default): no limit until Seam answers 429; then the rate is cut to
 * {@link #BETA} times the rate Seam accepted just before, and grows back along a cubic
 * curve in the time since the cut: fast far below the rate that met the 429, flat near
 * it, fast again above it. It never grows past twice the measured send rate, so a run
 * that is not limited by the rate cannot build up an unearned allowance.</li>
 * <li>One cut per congestion event: a 429 for a request sent before the last cut says
 * nothing new, so the 16 workers that meet one limit cut once, not 16 times.</li>
 * <li>{@code revoke.rate-limit=N} is a hard ceiling: the rate starts there and never
 * exceeds it; 429s still cut below it.</li>
 * </ul>
 */
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	/**
	 * The multiplicative decrease on a congestion event. CUBIC and the AWS SDK cut to 0.7
	 * of the send rate; the cut here starts from the rate Seam accepted, already the
	 * limit's own measure, so a gentler 0.8 is enough and keeps the average closer to it.
	 */
	static final double BETA = 0.8;

	/** CUBIC's scaling constant, in requests/second per second³. */
	static final double SCALE = 0.4;

	static final double FLOOR = 0.5;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private static final long BUCKET = SECOND / 2;

	private static final double SMOOTHING = 0.8;

	private final double ceiling;

	private final LongSupplier nanoClock;

	private boolean limiting;

	private double rate;

	private double rateAtLastCut;

	private long lastCut;

	private boolean everCut;

	private long nextSlot;

	private final MeasuredRate sent = new MeasuredRate();

	private final MeasuredRate accepted = new MeasuredRate();

	RateLimiter(@Nullable Double fixedCeiling, LongSupplier nanoClock) {
		this.ceiling = fixedCeiling == null ? Double.POSITIVE_INFINITY : fixedCeiling;
		this.limiting = fixedCeiling != null;
		this.rate = ceiling;
		this.nanoClock = nanoClock;
		this.nextSlot = nanoClock.getAsLong();
	}

	public RateLimiter(@Nullable Double fixedCeiling) {
		this(fixedCeiling, System::nanoTime);
	}

	/** Waits for the next slot and returns when it is (the request's send time). */
	public long acquire() {
		long now = nanoClock.getAsLong();
		long slot = acquireAt(now);
		if (slot > now) {
			LockSupport.parkNanos(slot - now);
		}
		return slot;
	}

	/** Takes the next free slot and says how many nanoseconds remain until it. */
	long reserve() {
		long now = nanoClock.getAsLong();
		return acquireAt(now) - now;
	}

	/** Takes the next free slot at or after {@code now}, without waiting for it. */
	synchronized long acquireAt(long now) {
		long slot = now;
		if (limiting) {
			slot = Math.max(now, nextSlot);
			nextSlot = slot + (long) (SECOND / rate);
		}
		sent.count(slot);
		return slot;
	}

	/**
	 * A 429 for a request sent at {@code sentAt}: one cut per congestion event, none for
	 * requests sent before the last cut.
	 */
	public synchronized void onThrottled(long sentAt) {
		if (everCut && sentAt < lastCut) {
			return;
		}
		long now = nanoClock.getAsLong();
		// what Seam accepted is the best estimate of its limit; sends include the refused
		double acceptedRate = accepted.rate(now);
		double sending = sent.rate(now);
		double base = (acceptedRate > 0) ? acceptedRate : sending;
		rateAtLastCut = Math.max(FLOOR, limiting ? Math.min(rate, base) : base);
		rate = Math.max(FLOOR, rateAtLastCut * BETA);
		limiting = true;
		everCut = true;
		// requests already given a slot went out at the old rate: part of this event
		lastCut = Math.max(now, nextSlot);
		log.debug("Seam answered 429: {} requests/s allowed (accepted {}/s, sent {}/s)", Math.round(rate),
				Math.round(acceptedRate), Math.round(sending));
	}

	/**
	 * A request Seam accepted: the rate grows along the cubic curve since the last cut.
	 */
	public synchronized void onSuccess() {
		long now = nanoClock.getAsLong();
		accepted.count(now);
		if (!everCut) {
			return;
		}
		double seconds = Math.max(0, now - lastCut) / (double) SECOND;
		double k = Math.cbrt(rateAtLastCut * (1 - BETA) / SCALE);
		double cubic = SCALE * Math.pow(seconds - k, 3) + rateAtLastCut;
		double sending = sent.rate(now);
		double headroom = sending > 0 ? 2 * sending : Double.POSITIVE_INFINITY;
		rate = Math.max(FLOOR, Math.min(ceiling, Math.min(cubic, Math.max(headroom, rate))));
	}

	/** Requests per second now allowed; infinite until the first 429 when adaptive. */
	synchronized double rate() {
		return limiting ? rate : Double.POSITIVE_INFINITY;
	}

	/**
	 * Events per second, smoothed over half-second buckets (the AWS SDK's measure); the
	 * open bucket's own rate until the first one closes. The first bucket opens at the
	 * first event, not when the job started: the time the context took to start is no
	 * time spent sending.
	 */
	private static final class MeasuredRate {

		private double smoothed;

		private long bucketStart;

		private long bucketCount;

		void count(long at) {
			if (bucketCount == 0 && smoothed == 0) {
				bucketStart = at;
			}
			bucketCount++;
			long elapsed = at - bucketStart;
			if (elapsed >= BUCKET) {
				double current = bucketCount * (double) SECOND / elapsed;
				smoothed = (smoothed == 0) ? current : SMOOTHING * current + (1 - SMOOTHING) * smoothed;
				bucketStart = at;
				bucketCount = 0;
			}
		}

		double rate(long now) {
			if (smoothed > 0) {
				return smoothed;
			}
			long elapsed = Math.max(now - bucketStart, TimeUnit.MILLISECONDS.toNanos(10));
			return bucketCount * (double) SECOND / elapsed;
		}

	}

}
