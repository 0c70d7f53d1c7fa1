package com.example.seamrevoke.seam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.retry.backoff.Sleeper;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Full-jitter exponential backoff with a Retry-After floor, with the randomness pinned
 * down.
 */
class JitterBackOffPolicyTests {

	private static final Duration BASE = Duration.ofMillis(500);

	private static final Duration CAP = Duration.ofSeconds(20);

	private static final double ALMOST_ONE = 0.999;

	private final List<Long> sleeps = new ArrayList<>();

	private final Sleeper recordingSleeper = sleeps::add;

	@ParameterizedTest
	@CsvSource({ "1, 499", "2, 999", "3, 1998", "4, 3996", "5, 7992", "6, 15984", "7, 19980" })
	void delayWhenRandomIsHighestShouldApproachBaseTimesTwoToTheFailuresThenTheCap(int failures, long expected) {
		assertThat(policy(() -> ALMOST_ONE).delayMillis(failures, null)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "1, 250", "2, 500", "3, 1000", "4, 2000", "6, 8000", "7, 10000", "30, 10000" })
	void delayWhenRandomIsHalfShouldBeHalfTheCeiling(int failures, long expected) {
		assertThat(policy(() -> 0.5).delayMillis(failures, null)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { 8, 20, 31, 32, 63, 64, 1_000, Integer.MAX_VALUE })
	void delayWhenFailuresAreManyShouldNeverExceedTheCap(int failures) {
		assertThat(policy(() -> ALMOST_ONE).delayMillis(failures, null)).isLessThanOrEqualTo(CAP.toMillis())
			.isEqualTo(19_980L);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 10, 1_000 })
	void delayWhenRandomIsZeroShouldBeZero(int failures) {
		assertThat(policy(() -> 0.0).delayMillis(failures, null)).isZero();
	}

	@Test
	void delayWhenRetryAfterExceedsTheJitterShouldBeRetryAfter() {
		// given: jitter for the first failure is at most 499 ms
		JitterBackOffPolicy policy = policy(() -> ALMOST_ONE);

		// when / then
		assertThat(policy.delayMillis(1, Duration.ofSeconds(3))).isEqualTo(3_000L);
		assertThat(policy(() -> 0.0).delayMillis(5, Duration.ofSeconds(3))).isEqualTo(3_000L);
	}

	@Test
	void delayWhenJitterExceedsRetryAfterShouldBeTheJitter() {
		// given: after four failures the ceiling is 4000 ms, jittered to 3996 ms
		JitterBackOffPolicy policy = policy(() -> ALMOST_ONE);

		// when / then
		assertThat(policy.delayMillis(4, Duration.ofSeconds(3))).isEqualTo(3_996L);
	}

	@Test
	void delayWhenRetryAfterExceedsTheCapShouldStillHonourIt() {
		assertThat(policy(() -> ALMOST_ONE).delayMillis(10, Duration.ofSeconds(60))).isEqualTo(60_000L);
	}

	@Test
	void delayWhenRetryAfterIsZeroShouldBeTheJitter() {
		assertThat(policy(() -> 0.5).delayMillis(2, Duration.ZERO)).isEqualTo(500L);
	}

	@Test
	void retryWhenAnswersAreTransientShouldSleepAtLeastTheirRetryAfter() {
		// given: a 429 asking for 3 s, then a 503 without Retry-After, then success
		AtomicInteger attempts = new AtomicInteger();
		List<SeamAnswer> answers = List.of(
				new SeamAnswer(429, "rate_limited", "slow down", "req_1", Duration.ofSeconds(3), true),
				new SeamAnswer(503, null, null, "req_2", null, false));
		RetryTemplate template = template(policy(() -> ALMOST_ONE), 3);

		// when
		String result = template.execute(context -> {
			int attempt = attempts.getAndIncrement();
			if (attempt < answers.size()) {
				throw new TransientAnswerException(answers.get(attempt));
			}
			return "revoked";
		});

		// then: 3000 ms floor after the first failure, 999 ms of jitter after the second
		assertThat(result).isEqualTo("revoked");
		assertThat(attempts).hasValue(3);
		assertThat(sleeps).containsExactly(3_000L, 999L);
	}

	@Test
	void retryWhenOtherExceptionsAreThrownShouldSleepPlainJitter() {
		AtomicInteger attempts = new AtomicInteger();
		RetryTemplate template = template(policy(() -> 0.5), 4);

		String result = template.execute(context -> {
			if (attempts.getAndIncrement() < 3) {
				throw new IllegalStateException("connection reset");
			}
			return "revoked";
		});

		assertThat(result).isEqualTo("revoked");
		assertThat(sleeps).containsExactly(250L, 500L, 1_000L);
	}

	@Test
	void retryWhenTheLastAttemptFailsShouldNotSleepAfterIt() {
		SeamAnswer busy = new SeamAnswer(503, null, null, null, Duration.ofSeconds(1), false);
		RetryTemplate template = template(policy(() -> 0.0), 2);

		TransientAnswerException thrown = catchThrowableOfType(TransientAnswerException.class,
				() -> template.execute(context -> {
					throw new TransientAnswerException(busy);
				}));

		assertThat(thrown.answer()).isSameAs(busy);
		assertThat(sleeps).containsExactly(1_000L);
	}

	private JitterBackOffPolicy policy(DoubleSupplier random) {
		return new JitterBackOffPolicy(BASE, CAP, recordingSleeper, random);
	}

	private static RetryTemplate template(JitterBackOffPolicy policy, int maxAttempts) {
		RetryTemplate template = new RetryTemplate();
		template.setRetryPolicy(new SimpleRetryPolicy(maxAttempts));
		template.setBackOffPolicy(policy);
		return template;
	}

}
