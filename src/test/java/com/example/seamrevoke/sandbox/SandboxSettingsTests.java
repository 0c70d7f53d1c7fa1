package com.example.seamrevoke.sandbox;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The sandbox knobs of docs/operations.md, "Sandbox", and its unannounced limit. */
class SandboxSettingsTests {

	private long now = 1_000_000_000L;

	@Test
	void noVariablesMeanNoLatencyNoLimitNoErrors() {
		SandboxSettings settings = SandboxSettings.parse(Map.of());

		assertThat(settings.sampleLatencyMs()).isZero();
		assertThat(settings.rateLimit()).isZero();
		assertThat(settings.transientError()).isFalse();
	}

	@Test
	void uniformLatencyStaysWithinItsBounds() {
		SandboxSettings settings = SandboxSettings.parse(Map.of("SEAM_SANDBOX_LATENCY_MS", "20..80"));

		assertThat(IntStream.range(0, 1000).mapToLong(i -> settings.sampleLatencyMs())).allMatch(ms -> ms >= 20)
			.allMatch(ms -> ms <= 80);
	}

	@Test
	void normalLatencyIsNeverNegative() {
		SandboxSettings settings = SandboxSettings.parse(Map.of("SEAM_SANDBOX_LATENCY_MS", "5~50"));

		assertThat(IntStream.range(0, 1000).mapToLong(i -> settings.sampleLatencyMs())).allMatch(ms -> ms >= 0);
	}

	@Test
	void rateLimitWithoutRetryAfter() {
		SandboxSettings settings = SandboxSettings
			.parse(Map.of("SEAM_SANDBOX_RATE_LIMIT", "40", "SEAM_SANDBOX_RETRY_AFTER", "none"));

		assertThat(settings.rateLimit()).isEqualTo(40.0);
		assertThat(settings.retryAfterSeconds()).isNull();
	}

	@Test
	void errorRatioOfOneFailsEveryCall() {
		assertThat(SandboxSettings.parse(Map.of("SEAM_SANDBOX_ERROR_RATIO", "1")).transientError()).isTrue();
	}

	@Test
	void badValuesNameTheVariable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SandboxSettings.parse(Map.of("SEAM_SANDBOX_LATENCY_MS", "80..20")))
			.withMessageContaining("SEAM_SANDBOX_LATENCY_MS");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SandboxSettings.parse(Map.of("SEAM_SANDBOX_ERROR_RATIO", "2")))
			.withMessageContaining("SEAM_SANDBOX_ERROR_RATIO");
	}

	@Test
	void rateLimitLetsThroughItsRateAndAnswersTheRestWith429() {
		// given: 40 requests/s, a burst of 4
		RequestRateLimit limit = new RequestRateLimit(40, () -> now);

		// when: 100 requests arrive evenly over one second at 100/s
		long accepted = 0;
		for (int i = 0; i < 100; i++) {
			now += TimeUnit.MILLISECONDS.toNanos(10);
			accepted += limit.tryAcquire() ? 1 : 0;
		}

		// then: about 40 pass
		assertThat(accepted).isBetween(40L, 44L);
	}

}
