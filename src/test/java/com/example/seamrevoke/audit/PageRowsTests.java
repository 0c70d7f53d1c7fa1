package com.example.seamrevoke.audit;

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

import com.example.seamrevoke.audit.model.OutcomeRow;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The page reads the outcome table as the migrations make it: what each row acts on (its
 * kind, Seam's id and name of it) and when its removal was requested and confirmed.
 */
class PageRowsTests {

	private static final Instant AT = Instant.parse("2026-11-29T02:15:03Z");

	private JdbcTemplate jdbc;

	private PageRows rows;

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
		rows = new PageRows(dataSource, new DataSourceTransactionManager(dataSource));
		insert(2, 0, "REVOKED", "VERIFIED");
		insert(2, 1, "REVOKED", "STILL_ACCESSIBLE");
	}

	@Test
	void tableOfTodayShouldBeReadInReportOrder() {
		List<OutcomeRow> read = read();

		assertThat(read).extracting(OutcomeRow::item, OutcomeRow::outcome, OutcomeRow::verification)
			.containsExactly(tuple(0, Outcome.REVOKED, Verification.VERIFIED),
					tuple(1, Outcome.REVOKED, Verification.STILL_ACCESSIBLE));
		assertThat(read.get(0).what()).isEqualTo("device dev-0");
		assertThat(read.get(0).removed()).isEqualTo("device dev-0");
		assertThat(read.get(0).confirmed()).isEqualTo(AT);
		assertThat(read.get(0).acsEntrances()).isEqualTo("1: Lobby turnstile");
		assertThat(read.get(0).kind()).isNull();
	}

	@Test
	void whatARowActsOnShouldBeShownWithItsRemovalTimes() {
		jdbc.update(
				"UPDATE revocation_outcome SET target_kind = 'ACCESS_GRANT', target_id = 'ag-1', target_name ="
						+ " 'Front door', requested_at = ?, confirmed_at = ? WHERE item = 0",
				Timestamp.from(AT), Timestamp.from(AT.plusSeconds(2)));

		OutcomeRow grant = read().get(0);

		assertThat(grant.what()).isEqualTo("access grant Front door (ag-1)");
		assertThat(grant.removed()).isEqualTo(
				"access grant Front door (ag-1) (requested 2026-11-29T02:15:03Z, confirmed 2026-11-29T02:15:05Z)");
		assertThat(grant.confirmed()).isEqualTo(AT.plusSeconds(2));
	}

	private List<OutcomeRow> read() {
		List<OutcomeRow> read = new ArrayList<>();
		rows.forEach(1, read::add);
		return read;
	}

	private void insert(long line, int item, String outcome, String verification) {
		jdbc.update("INSERT INTO revocation_outcome (job_instance_id, job_execution_id, line, source_line,"
				+ " user_identity_id, device_id, outcome, http_status, attempts, processed_at, item, user_identity_key,"
				+ " person_ref, verification, verified_at, acs_entrances) VALUES (1, 1, ?, ?, 'u-1', ?, ?, 200, 1, ?,"
				+ " ?, 'emp-1', 'key:emp-1', ?, ?, '1: Lobby turnstile')", line, line, "dev-" + item, outcome,
				Timestamp.from(AT), item, verification, Timestamp.from(AT));
	}

}
