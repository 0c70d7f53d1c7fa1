package com.example.seamrevoke.cli;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.settings.InvalidSettingException;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure to start becomes the one line an operator reads on standard error: the
 * problem in their words, never a stack trace, never a secret.
 */
class StartupFailuresTests {

	/** H2's refusal of a file another process holds, as H2 words it. */
	private static final String H2_IN_USE = "Database may be already in use: \"/var/lib/seam/revocations.mv.db\"."
			+ " Possible solutions: close all other connection(s); use the server mode [90020-232]\n"
			+ "\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:644)";

	@Nested
	class OperatorMistakes {

		@Test
		void badCommandLineIsItsOwnMessageHoweverDeepItIsWrapped() {
			Throwable failure = new IllegalStateException("Failed to execute CommandLineRunner",
					new UsageException("unknown option --inptu; see --help"));

			assertThat(StartupFailures.describe(failure)).isEqualTo("unknown option --inptu; see --help");
			assertThat(StartupFailures.anotherRunActive(failure)).isFalse();
		}

		@Test
		void badInputFileNamesTheFileAndTheLine() {
			Path input = Path.of("inbox/leavers.csv");
			Throwable failure = new IllegalStateException(
					new InputFileException(input, 1, "no user_identity_id column"));

			assertThat(StartupFailures.describe(failure)).contains(input.toString())
				.contains("line 1")
				.contains("no user_identity_id column")
				.doesNotContain("\n");
		}

		@Test
		void invalidSettingIsItsOwnMessage() {
			Throwable failure = new IllegalStateException(
					new InvalidSettingException("SEAM_API_KEY_FILE /run/secrets/seam is empty"));

			assertThat(StartupFailures.describe(failure)).isEqualTo("SEAM_API_KEY_FILE /run/secrets/seam is empty");
		}

	}

	@Nested
	class Settings {

		private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(Properties.class);

		@Test
		void valueOfTheWrongTypeNamesTheSettingAndTheValue() {
			context.withPropertyValues("revoke.concurrency=many").run((started) -> {
				String line = StartupFailures.describe(started.getStartupFailure());

				assertThat(line).startsWith("invalid setting revoke.concurrency='many': ").doesNotContain("\n");
			});
		}

		@Test
		void valueOutOfRangeSaysWhichRuleItBreaks() {
			context.withPropertyValues("revoke.concurrency=0").run((started) -> {
				String line = StartupFailures.describe(started.getStartupFailure());

				assertThat(line).startsWith("invalid setting: ")
					.contains("concurrency")
					.contains("must be greater than or equal to 1")
					.doesNotContain("\n");
			});
		}

		@Test
		void valueOfASettingNamedLikeASecretIsNeverShown() {
			context.withPropertyValues("test.api-key=seam_live_Sh0uldNeverShow").run((started) -> {
				String line = StartupFailures.describe(started.getStartupFailure());

				assertThat(line).startsWith("invalid setting test.api-key='****': ")
					.doesNotContain("seam_live_Sh0uldNeverShow");
			});
		}

	}

	@Nested
	class DatabaseInUse {

		@Test
		void anotherProcessHoldingTheH2FileIsExit4WithH2sFirstLineOnly() {
			Throwable failure = new IllegalStateException("Failed to obtain JDBC Connection",
					new SQLException(H2_IN_USE));

			String line = StartupFailures.describe(failure);

			assertThat(StartupFailures.anotherRunActive(failure)).isTrue();
			assertThat(line).startsWith("another run is using the job repository")
				.contains("sent nothing and exits 4")
				.endsWith("use the server mode [90020-232]")
				.doesNotContain("\n")
				.doesNotContain("\tat ");
		}

	}

	@Nested
	class AnythingElse {

		@Test
		void isCannotStartWithTheFirstLineOfTheRootCause() {
			Throwable failure = new IllegalStateException("context failed",
					new RuntimeException("wrapper", new java.io.IOException("disk full\nsecond line")));

			assertThat(StartupFailures.describe(failure)).isEqualTo("cannot start: disk full");
			assertThat(StartupFailures.anotherRunActive(failure)).isFalse();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RevokeProperties.class, SecretSetting.class })
	static class Properties {

	}

	/** A setting named like a secret whose value can fail to bind. */
	@ConfigurationProperties("test")
	record SecretSetting(int apiKey) {
	}

}
