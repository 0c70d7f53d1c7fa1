package com.example.seamrevoke.seam;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.Sleeper;

/**
 * Full-jitter exponential backoff (a random wait up to base·2^n, capped), never shorter
 * than the {@code Retry-After} the last answer carried. Spring Retry hands the policy the
 * retry context, so it can see that last answer; this is why the client uses Spring
 * Retry.
 */
public class JitterBackOffPolicy implements BackOffPolicy {

	private final Duration base;

	private final Duration cap;

	private final Sleeper sleeper;

	private final DoubleSupplier random;

	public JitterBackOffPolicy(Duration base, Duration cap, Sleeper sleeper, DoubleSupplier random) {
		this.base = base;
		this.cap = cap;
		this.sleeper = sleeper;
		this.random = random;
	}

	JitterBackOffPolicy(Duration base, Duration cap, Sleeper sleeper) {
		this(base, cap, sleeper, () -> ThreadLocalRandom.current().nextDouble());
	}

	@Override
	public BackOffContext start(RetryContext context) {
		return new Attempts(context);
	}

	@Override
	public void backOff(BackOffContext backOffContext) {
		RetryContext retry = ((Attempts) backOffContext).retry();
		Duration retryAfter = retry.getLastThrowable() instanceof TransientAnswerException transientAnswer
				? transientAnswer.answer().retryAfter() : null;
		try {
			sleeper.sleep(delayMillis(retry.getRetryCount(), retryAfter));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BackOffInterruptedException("interrupted while waiting to retry", e);
		}
	}

	/** The wait before the next attempt, after {@code failures} failed ones. */
	public long delayMillis(int failures, @Nullable Duration retryAfter) {
		int exponent = Math.min(Math.max(failures - 1, 0), 30);
		long ceiling = Math.min(cap.toMillis(), base.toMillis() << exponent);
		long jittered = (long) (random.getAsDouble() * ceiling);
		return retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
	}

	private record Attempts(RetryContext retry) implements BackOffContext {
	}

}
