package com.example.seamrevoke.seam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeamCallCountsTests {

	private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

	private final SeamCallCounts counts = new SeamCallCounts(new Clock() {

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(millis.get());
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void each429ShouldBeCountedInTheSecondItCameIn() {
		counts.answered(429);
		millis.addAndGet(999);
		counts.answered(429);
		counts.answered(200);
		millis.addAndGet(1);
		counts.answered(429);
		counts.answered(503);

		assertThat(counts.throttled()).isEqualTo(3);
		assertThat(counts.throttledPerSecond()).containsExactly(java.util.Map.entry(1_700_000_000L, 2L),
				java.util.Map.entry(1_700_000_001L, 1L));
	}

	@Test
	void resetShouldClearTheSeconds() {
		counts.answered(429);

		counts.reset();

		assertThat(counts.throttledPerSecond()).isEmpty();
	}

}
