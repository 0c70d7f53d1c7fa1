package com.example.seamrevoke.cli;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.settings.InvalidSettingException;

import org.springframework.beans.factory.BeanCreationException;

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

}
