package com.example.seamrevoke.cli;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.settings.InvalidSettingException;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure to run gets the exit code and the one line the runbook names. */
class StartupFailuresTests {

	@Test
	void aRefusalDeepInSpringsStartupIsExit2WithItsOwnMessage() {
		Exception failure = new BeanCreationException("revokeProperties",
				new InvalidSettingException("revoke.concurrency must be between 1 and 256"));

		assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
		assertThat(StartupFailures.describe(failure)).isEqualTo("revoke.concurrency must be between 1 and 256");
	}

	@Test
	void aRefusedInputIsExit2NamingFileAndLine() {
		Exception failure = new InputFileException(Path.of("in.csv"), 7, "a quote is never closed");

		assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
		assertThat(StartupFailures.describe(failure)).contains("in.csv").contains("7");
	}

	@Test
	void aBadCommandLineIsExit2WithItsOwnMessage() {
		Exception failure = new IllegalStateException("Failed to execute CommandLineRunner",
				new UsageException("unknown option --inptu; see --help"));

		assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
		assertThat(StartupFailures.describe(failure)).isEqualTo("unknown option --inptu; see --help");
	}

	@Test
	void anotherProcessHoldingTheH2FileIsExit4() {
		Exception fileLock = new BeanCreationException("dataSource",
				new SQLException("Database may be already in use: \"/data/revocations.mv.db\"\nmore"));

		assertThat(StartupFailures.exitCode(fileLock)).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
		assertThat(StartupFailures.describe(fileLock)).startsWith("another run is using the job repository")
			.endsWith("Database may be already in use: \"/data/revocations.mv.db\"");
	}

	@Test
	void anythingElseIsExit2WithItsRootCause() {
		Exception failure = new BeanCreationException("dataSource", new IllegalStateException("no driver"));

		assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
		assertThat(StartupFailures.describe(failure)).isEqualTo("cannot start: IllegalStateException: no driver");
	}

	/**
	 * Settings bound as the application binds them, from a context that fails to start.
	 */
	@Nested
	class Settings {

		private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(Properties.class);

		@Test
		void valueOfTheWrongTypeIsExit2NamingTheSettingAndTheValue() {
			context.withPropertyValues("revoke.concurrency=many").run((started) -> {
				Throwable failure = started.getStartupFailure();

				assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
				assertThat(StartupFailures.describe(failure)).startsWith("invalid setting revoke.concurrency='many': ")
					.doesNotContain("\n");
			});
		}

		@Test
		void valueOutOfRangeSaysWhichRuleItBreaks() {
			context.withPropertyValues("revoke.concurrency=0").run((started) -> {
				Throwable failure = started.getStartupFailure();

				assertThat(StartupFailures.exitCode(failure)).isEqualTo(ExitCode.USAGE);
				assertThat(StartupFailures.describe(failure))
					.isEqualTo("invalid setting revoke.concurrency='0': must be at least 1");
			});
		}

		@Test
		void ruleBetweenTwoSettingsNamesBothAsTheOperatorWroteThem() {
			context.withPropertyValues("revoke.lease.duration=20s", "revoke.lease.heartbeat=10s").run((started) -> {
				String line = StartupFailures.describe(started.getStartupFailure());

				assertThat(line).isEqualTo("invalid setting revoke.lease.duration='20s': must be at least three"
						+ " times revoke.lease.heartbeat (10s)");
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

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RevokeProperties.class, SecretSetting.class })
	static class Properties {

	}

	/** A setting named like a secret whose value can fail to bind. */
	@ConfigurationProperties("test")
	record SecretSetting(int apiKey) {
	}

}
