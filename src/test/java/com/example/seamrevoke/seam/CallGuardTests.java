package com.example.seamrevoke.seam;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard shared by the workers of one run. */
class CallGuardTests {

	@Test
	void sendWhenAnotherRunHasStartedShouldSendNothingForTheEarlierRun() {
		// given: a worker of a run that has ended (its job stopped while the worker
		// waited)
		CallGuard guard = new CallGuard(5);
		int earlierRun = guard.run();
		guard.reset();
		AtomicInteger sent = new AtomicInteger();

		// when / then: its request is refused, and the new run's first request goes out
		assertThatThrownBy(() -> guard.send(earlierRun, sent::incrementAndGet)).isInstanceOf(SeamStopException.class);
		assertThat(sent).hasValue(0);
		assertThat(guard.send(guard.run(), sent::incrementAndGet)).isEqualTo(1);
	}

	@Test
	void sendWhenTheRunWasStoppedShouldSendNothingMore() {
		CallGuard guard = new CallGuard(5);
		int run = guard.run();
		AtomicInteger sent = new AtomicInteger();
		guard.send(run, sent::incrementAndGet);

		guard.stop("HTTP 401");

		assertThatThrownBy(() -> guard.send(run, sent::incrementAndGet)).isInstanceOf(SeamStopException.class)
			.hasMessage("HTTP 401");
		assertThat(sent).hasValue(1);
	}

}
