package com.example.seamrevoke.seam;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AIMD request spacing, driven by a fake nanosecond clock. */
class RateLimiterTests {

	private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

	private long now = 1_000_000_000L;

	@Test
	void reserveWhenRequestsArriveTogetherShouldSpaceThemByOneOverTheRate() {
		// given: at most 10 requests per second
		RateLimiter limiter = new RateLimiter(10.0, () -> now);

		// when / then: three requests at the same instant wait 0, 100 and 200 ms
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(100 * MS);
		assertThat(limiter.reserve()).isEqualTo(200 * MS);
	}

	@Test
	void reserveWhenTheClockAdvancesShouldShrinkTheWait() {
		RateLimiter limiter = new RateLimiter(4.0, () -> now);
		limiter.reserve();
		limiter.reserve(); // slot at +250 ms

		now += 100 * MS;

		assertThat(limiter.reserve()).isEqualTo(400 * MS); // slot at +500 ms
	}

	@Test
	void reserveWhenLimiterWasIdleShouldNotAllowABurst() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);
		limiter.reserve();

		now += 5_000 * MS;

		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(100 * MS);
	}

	@Test
	void onThrottledWhenCalledShouldHalveTheRateAndWidenTheSpacing() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);

		limiter.onThrottled();

		assertThat(limiter.rate()).isEqualTo(5.0);
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(200 * MS);
	}

	@Test
	void onThrottledWhenRepeatedShouldNeverGoBelowHalfARequestPerSecond() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);

		IntStream.range(0, 20).forEach(i -> limiter.onThrottled());

		assertThat(limiter.rate()).isEqualTo(0.5);
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(2_000 * MS);
	}

	@Test
	void onSuccessWhenThrottledBeforeShouldRaiseTheRateByHalfARequestPerSecond() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);
		limiter.onThrottled();
		limiter.onThrottled(); // 2.5

		limiter.onSuccess();
		limiter.onSuccess();

		assertThat(limiter.rate()).isEqualTo(3.5);
	}

	@Test
	void onSuccessWhenRepeatedShouldNeverRaiseTheRateAboveAFixedCeiling() {
		RateLimiter limiter = new RateLimiter(10.0, () -> now);
		limiter.onThrottled();

		IntStream.range(0, 100).forEach(i -> limiter.onSuccess());

		assertThat(limiter.rate()).isEqualTo(10.0);
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(100 * MS);
	}

	@Test
	void onSuccessWhenLimiterIsAdaptiveShouldStartAt25AndStopAtItsCeiling() {
		RateLimiter limiter = new RateLimiter(null, () -> now);
		assertThat(limiter.rate()).isEqualTo(25.0);

		IntStream.range(0, 1_000).forEach(i -> limiter.onSuccess());

		assertThat(limiter.rate()).isEqualTo(RateLimiter.ADAPTIVE_CEILING);
		assertThat(limiter.reserve()).isZero();
		assertThat(limiter.reserve()).isEqualTo(10 * MS);
	}

}
