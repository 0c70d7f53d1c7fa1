package com.example.seamrevoke.settings;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings as the application binds them: the defaults docs/operations.md lists, and
 * each rule refusing a value with a line that names the setting.
 */
class RevokePropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void withNothingSetEveryDefaultOfTheConfigurationTableApplies() {
		context.run((started) -> {
			RevokeProperties settings = started.getBean(RevokeProperties.class);

			assertThat(settings.concurrency()).isEqualTo(8);
			assertThat(settings.chunkSize()).isEqualTo(40);
			assertThat(settings.readAhead()).isEqualTo(64);
			assertThat(settings.maxPeople()).isEqualTo(100);
			assertThat(settings.skipLimit()).isNull();
			assertThat(settings.retry().maxAttempts()).isEqualTo(4);
			assertThat(settings.lease().duration()).isEqualTo(Duration.ofSeconds(60));
			assertThat(settings.lease().heartbeat()).isEqualTo(Duration.ofSeconds(10));
			assertThat(settings.verify().settleWindow()).isEqualTo(Duration.ofMinutes(5));
			assertThat(settings.seam().readTimeout()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void defaultConcurrencyIsTheOneReadBeforeBinding() {
		context.run((started) -> assertThat(started.getBean(RevokeProperties.class).concurrency())
			.isEqualTo(Integer.parseInt(RevokeProperties.DEFAULT_CONCURRENCY)));
	}

	@Nested
	class Refused {

		@Test
		void aCountBelowOne() {
			assertRefused("revoke.retry.max-attempts=0",
					"invalid setting revoke.retry.max-attempts='0': must be at least 1");
		}

		@Test
		void aSkipLimitOfZero() {
			assertRefused("revoke.skip-limit=0", "invalid setting revoke.skip-limit='0': must be at least 1");
		}

		@Test
		void aZeroTimeout() {
			assertRefused("revoke.seam.read-timeout=0s",
					"invalid setting revoke.seam.read-timeout='0s': must be longer than zero");
		}

		@Test
		void aNegativeSettlingWindow() {
			assertRefused("revoke.verify.settle-window=-1s",
					"invalid setting revoke.verify.settle-window='-1s': must not be negative");
		}

		@Test
		void aLeaseShorterThanThreeHeartbeats() {
			context.withPropertyValues("revoke.lease.duration=29s").run((started) -> {
				assertThat(started).hasFailed();
				assertThat(refusal(started.getStartupFailure())).isEqualTo(
						"invalid setting revoke.lease.duration='29s': must be at least three times revoke.lease.heartbeat (10s)");
			});
		}

		private void assertRefused(String property, String line) {
			context.withPropertyValues(property).run((started) -> {
				assertThat(started).hasFailed();
				assertThat(refusal(started.getStartupFailure())).isEqualTo(line);
			});
		}

		private String refusal(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidSettingException refused) {
					return refused.getMessage();
				}
			}
			throw new AssertionError("not refused by a rule", failure);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RevokeProperties.class)
	static class Settings {

	}

}
