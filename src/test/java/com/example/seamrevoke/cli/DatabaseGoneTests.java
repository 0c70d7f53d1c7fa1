package com.example.seamrevoke.cli;

import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseGoneTests {

	@ParameterizedTest
	@ValueSource(strings = { "08006", "08001", "57P01", "57P03", "53100", "90098", "90028" })
	void connectionLostServerRestartingOrDiskFullShouldStopTheRun(String sqlState) {
		RuntimeException failure = new IllegalStateException("job failed",
				new CannotGetJdbcConnectionException("no connection", new SQLException("gone", sqlState)));

		assertThat(DatabaseGone.causes(failure)).isTrue();
		assertThat(DatabaseGone.describe(failure)).startsWith("the job repository database failed (")
			.contains("gone")
			.endsWith("run the same command again once it answers")
			.doesNotContain("\n");
	}

	@Test
	void conflictAfterTheDatabaseCameBackOrAFailedCommitShouldStopTheRun() {
		assertThat(DatabaseGone.causes(new OptimisticLockingFailureException("wrong version"))).isTrue();
		assertThat(DatabaseGone.causes(new TransactionSystemException("commit failed"))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "28P01", "28000", "3D000" })
	void refusedLoginOrMissingDatabaseShouldStayAConfigurationError(String sqlState) {
		RuntimeException failure = new CannotGetJdbcConnectionException("no connection",
				new SQLException("refused", sqlState));

		assertThat(DatabaseGone.causes(failure)).isFalse();
	}

	@Test
	void failureWithoutTheDatabaseShouldNotBeBlamedOnIt() {
		assertThat(DatabaseGone.causes(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseGone.causes(new UncheckedIOException(new java.io.IOException("disk")))).isFalse();
		assertThat(DatabaseGone.causes(new SQLException("syntax", "42601"))).isFalse();
	}

}
