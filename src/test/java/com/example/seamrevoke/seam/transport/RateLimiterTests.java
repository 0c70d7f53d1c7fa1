package com.example.seamrevoke.seam.transport;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.example.seamrevoke.seam.JitterBackOffPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Adaptive request spacing (CUBIC over a token rate), driven by a fake nanosecond clock.
 */
class RateLimiterTests {

	private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

	private long now = 1_000_000_000L;

	@Test
	void reservationsAreSpacedByOneOverTheRate() {
		// given: at most 10 requests per second
		RateLimiter limiter = new RateLimiter(10.0, () -> now);

		// when / then: three requests at the same instant wait 0, 100 and 200 ms
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(100 * MS);
		assertThat(limiter.reserve()).isEqualTo(200 * MS);
	}

	@Test
	void waitShrinksAsTheClockAdvances() {
		RateLimiter limiter = new RateLimiter(4.0, () -> now);
		limiter.reserve();
		limiter.reserve(); // slot at +250 ms

		now += 100 * MS;

		assertThat(limiter.reserve()).isEqualTo(400 * MS); // slot at +500 ms
	}

	@Test
	void idleTimeDoesNotBuildUpABurst() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);
		limiter.reserve();

		now += 5_000 * MS;

		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(100 * MS);
	}

	@Test
	void adaptiveLimiterHasNoCeilingUntilSeamPushesBack() {
		RateLimiter limiter = new RateLimiter(null, () -> now);

		assertThat(IntStream.range(0, 10_000).mapToLong(i -> limiter.reserve())).allMatch(wait -> wait == 0);
		assertThat(limiter.rate()).isInfinite();
	}

	@Test
	void first429CutsToBetaTimesTheAcceptedRate() {
		// given: 100 requests/s for two seconds
		RateLimiter limiter = new RateLimiter(null, () -> now);
		long sentAt = sendEvenly(limiter, 100, 2_000);

		// when
		limiter.onThrottled(sentAt);

		// then
		assertThat(limiter.rate()).isCloseTo(100 * RateLimiter.BETA, within(1.0));
	}

	@Test
	void timeSpentStartingIsNotCountedAsTimeSpentSending() {
		// given: the limiter built while the job starts, the first requests 8 s later
		RateLimiter limiter = new RateLimiter(null, () -> now);
		now += 8_000 * MS;
		long[] burst = IntStream.range(0, 8).mapToLong(i -> limiter.acquireAt(now)).toArray();
		now += 50 * MS;
		IntStream.range(0, 4).forEach(i -> limiter.onSuccess());

		// when: the other 4 answer 429
		limiter.onThrottled(burst[4]);

		// then: the cut is from ~80 accepted/s (4 in 50 ms), not ~0.5/s over 8 s
		assertThat(limiter.rate()).isGreaterThan(40.0);
	}

	@Test
	void throttlesForRequestsSentBeforeTheCutAreOneEvent() {
		// given: 16 requests in flight, then the first 429
		RateLimiter limiter = new RateLimiter(null, () -> now);
		sendEvenly(limiter, 100, 2_000);
		long[] inFlight = IntStream.range(0, 16).mapToLong(i -> limiter.acquireAt(now)).toArray();
		now += 50 * MS;
		limiter.onThrottled(inFlight[0]);
		double afterFirst = limiter.rate();

		// when: the other 15 answer 429 too
		IntStream.range(1, 16).forEach(i -> limiter.onThrottled(inFlight[i]));

		// then: one cut
		assertThat(limiter.rate()).isEqualTo(afterFirst);

		// and a 429 for a request sent after the cut is a new event
		now += 10 * MS;
		long afterCut = limiter.acquireAt(now);
		limiter.onThrottled(afterCut);
		assertThat(limiter.rate()).isCloseTo(afterFirst * RateLimiter.BETA, within(afterFirst * 0.05));
	}

	@Test
	void rateRecoversAlongTheCubicCurveAndProbesPastTheRateThatMetThe429() {
		// given: a cut at 100 requests/s
		RateLimiter limiter = new RateLimiter(null, () -> now);
		long sentAt = sendEvenly(limiter, 100, 2_000);
		limiter.onThrottled(sentAt);
		double k = Math.cbrt(100 * (1 - RateLimiter.BETA) / RateLimiter.SCALE);

		// when / then: quick at first, flat near 100, then beyond it
		sendEvenly(limiter, 100, (long) (k * 500));
		assertThat(limiter.rate()).isBetween(90.0, 100.0);
		sendEvenly(limiter, 100, (long) (k * 500));
		assertThat(limiter.rate()).isCloseTo(100.0, within(1.0));
		sendEvenly(limiter, 100, 4_000);
		assertThat(limiter.rate()).isGreaterThan(110.0);
	}

	@Test
	void rateDoesNotGrowPastTwiceTheMeasuredSendRate() {
		// given: a cut, then a run that only sends 10 requests/s (bound by its
		// concurrency)
		RateLimiter limiter = new RateLimiter(null, () -> now);
		limiter.onThrottled(sendEvenly(limiter, 100, 2_000));

		// when
		sendEvenly(limiter, 10, 60_000);

		// then: it stays near the 80/s the cut left (the cubic curve alone would be
		// ~70,000/s by now)
		assertThat(limiter.rate()).isBetween(100 * RateLimiter.BETA, 100.0);
	}

	@Test
	void fixedRateLimitIsAHardCeilingAnd429sStillCutBelowIt() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);
		long sentAt = sendEvenly(limiter, 10, 2_000);

		limiter.onThrottled(sentAt);
		assertThat(limiter.rate()).isCloseTo(10 * RateLimiter.BETA, within(0.5));

		sendEvenly(limiter, 10, 60_000);
		assertThat(limiter.rate()).isEqualTo(10.0);
	}

	@Test
	void sixteenWorkersMeetingAnUnannounced40PerSecondLimitSettleNearIt() {
		// given: Seam accepts 40 requests/s (a bucket of 4), answers in 50 ms; 16 workers
		// resend a throttled row at once (the real client also backs off)
		RateLimiter limiter = new RateLimiter(null, () -> now);
		Bucket seam = new Bucket(40);
		PriorityQueue<Long> workerFreeAt = new PriorityQueue<>();
		IntStream.range(0, 16).forEach(i -> workerFreeAt.add(now));
		long end = now + 60_000 * MS;
		int accepted = 0;
		int throttled = 0;

		// when: 60 simulated seconds
		while (workerFreeAt.peek() < end) {
			now = workerFreeAt.poll();
			long sentAt = limiter.acquireAt(now);
			now = sentAt + 50 * MS;
			if (seam.tryAcquire(sentAt)) {
				accepted++;
				limiter.onSuccess();
			}
			else {
				throttled++;
				limiter.onThrottled(sentAt);
			}
			workerFreeAt.add(now);
		}

		// then: at least 85% of the limit, under 5% of calls answered 429
		assertThat(accepted / 60.0).isGreaterThanOrEqualTo(0.85 * 40);
		assertThat(throttled).isLessThan((accepted + throttled) / 20);
	}

	/**
	 * The benchmark's scenario, event by event: 1,200 rows, Seam answering in 50 ms and
	 * accepting 40 requests/s without saying so; a throttled row waits (Retry-After: 1,
	 * or the client's jittered backoff) and is sent again, up to 4 attempts.
	 */
	@ParameterizedTest
	@CsvSource({ "8, true", "16, true", "8, false", "16, false" })
	void unannouncedLimitIsReachedWithAndWithoutRetryAfter(int concurrency, boolean retryAfter) {
		// given: the limiter built while the job starts, seconds before the first request
		RateLimiter limiter = new RateLimiter(null, () -> now);
		now += 8_000 * MS;
		Bucket seam = new Bucket(40);
		JitterBackOffPolicy backOff = new JitterBackOffPolicy(Duration.ofMillis(500), Duration.ofSeconds(20),
				millis -> {
				}, new Random(7)::nextDouble);
		PriorityQueue<long[]> events = new PriorityQueue<>(Comparator.comparingLong(event -> event[0]));
		long start = now;
		int rows = 1_200;
		int nextRow = 0;
		for (; nextRow < concurrency; nextRow++) {
			events.add(new long[] { now, 1, 0, 0 }); // time, attempt, answer (0 = send),
														// sent at
		}
		int accepted = 0;
		int throttled = 0;
		int failed = 0;
		long end = now;

		// when
		while (!events.isEmpty()) {
			long[] event = events.poll();
			now = event[0];
			if (event[2] == 0) {
				long sentAt = limiter.acquireAt(now);
				boolean ok = seam.tryAcquire(sentAt);
				events.add(new long[] { sentAt + 50 * MS, event[1], ok ? 1 : 2, sentAt });
				continue;
			}
			if (event[2] == 1) {
				accepted++;
				limiter.onSuccess();
			}
			else {
				throttled++;
				limiter.onThrottled(event[3]);
				if (event[1] < 4) {
					long wait = backOff.delayMillis((int) event[1], retryAfter ? Duration.ofSeconds(1) : null);
					events.add(new long[] { now + wait * MS, event[1] + 1, 0, 0 });
					continue;
				}
				failed++;
			}
			end = now;
			if (nextRow++ < rows) {
				events.add(new long[] { now, 1, 0, 0 });
			}
		}

		// then: every row revoked, at least 85% of the limit, under 5% of calls throttled
		double perSecond = accepted / ((end - start) / (double) TimeUnit.SECONDS.toNanos(1));
		assertThat(failed).isZero();
		assertThat(accepted).isEqualTo(rows);
		assertThat(perSecond).as("rows/s; %d 429s", throttled).isGreaterThanOrEqualTo(0.85 * 40);
		assertThat(throttled).as("429s at %.1f rows/s", perSecond).isLessThan((accepted + throttled) / 20);
	}

	/** Sends at {@code perSecond} for {@code millis}; returns the last send time. */
	private long sendEvenly(RateLimiter limiter, int perSecond, long millis) {
		long step = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long last = now;
		for (long at = 0; at < millis * MS; at += step) {
			now += step;
			last = limiter.acquireAt(now);
			limiter.onSuccess();
		}
		return last;
	}

	/** Seam's side of the simulation: a token bucket holding a tenth of a second. */
	private static final class Bucket {

		private final double rate;

		private double tokens;

		private long last;

		Bucket(double rate) {
			this.rate = rate;
			this.tokens = rate / 10;
		}

		boolean tryAcquire(long at) {
			if (last != 0) {
				tokens = Math.min(rate / 10, tokens + (at - last) * rate / TimeUnit.SECONDS.toNanos(1));
			}
			last = at;
			if (tokens < 1) {
				return false;
			}
			tokens--;
			return true;
		}

	}

}
