package com.example.seamrevoke.outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The one read of the outcome table that the report and its audit page share, on the
 * table as the migrations make it: every row in report order with the execution that
 * wrote it, the entrances recorded at its verification, what it acts on and when its
 * removal was requested and confirmed.
 */
class OutcomeRepositoryTests {

	private static final Instant AT = Instant.parse("2026-11-29T02:15:03Z");

	private JdbcTemplate jdbc;

	private OutcomeRepository outcomes;

	@BeforeEach
	void database() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		jdbc = new JdbcTemplate(dataSource);
		for (String migration : List.of("V1__revocation_outcome.sql", "V4__people_expansion_and_verification.sql",
				"V6__offboarding_targets.sql")) {
			for (String statement : Files.readString(Path.of("src/main/resources/db/migration", migration))
				.replaceAll("(?m)^--.*$", "")
				.split(";")) {
				if (!statement.isBlank()) {
					jdbc.execute(statement);
				}
			}
		}
		outcomes = new OutcomeRepository(JdbcClient.create(dataSource), jdbc,
				new DataSourceTransactionManager(dataSource));
		insert(2, 0, "REVOKED", "VERIFIED");
		insert(2, 1, "REVOKED", "STILL_ACCESSIBLE");
	}

	@Test
	void storedRowsShouldBeReadInReportOrderWithTheirExecutionAndEntrances() {
		List<StoredOutcome> read = read();

		assertThat(read)
			.extracting(row -> row.outcome().item(), row -> row.outcome().outcome(),
					row -> row.outcome().verification(), StoredOutcome::jobExecutionId, StoredOutcome::acsEntrances)
			.containsExactly(tuple(0, Outcome.REVOKED, Verification.VERIFIED, 7L, "1: Lobby turnstile"),
					tuple(1, Outcome.REVOKED, Verification.STILL_ACCESSIBLE, 7L, "1: Lobby turnstile"));
		assertThat(read.get(0).outcome().deviceId()).isEqualTo("dev-0");
		assertThat(read.get(0).outcome().processedAt()).isEqualTo(AT);
		assertThat(read.get(0).outcome().personRef()).isEqualTo("key:emp-1");
		assertThat(read.get(0).outcome().target()).isNull();
	}

	@Test
	void whatARowActsOnShouldBeReadWithItsRemovalTimes() {
		jdbc.update(
				"UPDATE revocation_outcome SET target_kind = 'ACCESS_GRANT', target_id = 'ag-1', target_name ="
						+ " 'Front door', requested_at = ?, confirmed_at = ? WHERE item = 0",
				Timestamp.from(AT), Timestamp.from(AT.plusSeconds(2)));

		RevocationOutcome grant = read().get(0).outcome();

		assertThat(grant.target()).isEqualTo(new Target(TargetKind.ACCESS_GRANT, "ag-1", "Front door", null));
		assertThat(grant.requestedAt()).isEqualTo(AT);
		assertThat(grant.confirmedAt()).isEqualTo(AT.plusSeconds(2));
	}

	@Test
	void anotherInstancesRowsShouldNotBeRead() {
		List<StoredOutcome> read = new ArrayList<>();

		outcomes.forEachStoredByLine(2, read::add);

		assertThat(read).isEmpty();
	}

	private List<StoredOutcome> read() {
		List<StoredOutcome> read = new ArrayList<>();
		outcomes.forEachStoredByLine(1, read::add);
		return read;
	}

	private void insert(long line, int item, String outcome, String verification) {
		jdbc.update("INSERT INTO revocation_outcome (job_instance_id, job_execution_id, line, source_line,"
				+ " user_identity_id, device_id, outcome, http_status, attempts, processed_at, item, user_identity_key,"
				+ " person_ref, verification, verified_at, acs_entrances) VALUES (1, 7, ?, ?, 'u-1', ?, ?, 200, 1, ?,"
				+ " ?, 'emp-1', 'key:emp-1', ?, ?, '1: Lobby turnstile')", line, line, "dev-" + item, outcome,
				Timestamp.from(AT), item, verification, Timestamp.from(AT));
	}

}
