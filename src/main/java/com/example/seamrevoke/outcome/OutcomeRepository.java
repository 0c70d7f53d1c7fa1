package com.example.seamrevoke.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code revocation_outcome} table. */
@Repository
public class OutcomeRepository {

	private static final String COLUMNS = "line, source_line, user_identity_id, device_id, outcome, http_status, "
			+ "error_type, error_message, attempts, seam_request_id, processed_at, item, user_identity_key, person_ref, "
			+ "verification, verified_at";

	/** Rows the verify step checks: person rows always, pair rows with --verify. */
	private static final String TO_VERIFY = " job_instance_id = ? AND verification IS NULL AND user_identity_id <> ''"
			+ " AND outcome IN ('REVOKED', 'FAILED', 'NOTHING_TO_REVOKE') AND (person_ref IS NOT NULL OR ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	OutcomeRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Replaces the rows of these (line, item) keys: a repeated write of the same row (a
	 * retried chunk, a revoke after the expansion) leaves exactly one row. Runs in the
	 * caller's (chunk) transaction.
	 */
	public void upsert(long jobInstanceId, long jobExecutionId, List<RevocationOutcome> outcomes) {
		jdbcTemplate.batchUpdate("DELETE FROM revocation_outcome WHERE job_instance_id = ? AND line = ? AND item = ?",
				outcomes, outcomes.size(), (ps, o) -> {
					ps.setLong(1, jobInstanceId);
					ps.setLong(2, o.line());
					ps.setInt(3, o.item());
				});
		jdbcTemplate.batchUpdate(
				"INSERT INTO revocation_outcome (job_instance_id, job_execution_id, " + COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				outcomes, outcomes.size(), (ps, o) -> {
					ps.setLong(1, jobInstanceId);
					ps.setLong(2, jobExecutionId);
					ps.setLong(3, o.line());
					ps.setLong(4, o.sourceLine());
					ps.setString(5, clip(o.userIdentityId(), OutcomeColumns.ID));
					ps.setString(6, clip(o.deviceId(), OutcomeColumns.ID));
					ps.setString(7, o.outcome().name());
					ps.setObject(8, o.httpStatus());
					ps.setString(9, clip(o.errorType(), OutcomeColumns.ID));
					ps.setString(10, clip(o.errorMessage(), OutcomeColumns.MESSAGE));
					ps.setInt(11, o.attempts());
					ps.setString(12, clip(o.seamRequestId(), OutcomeColumns.ID));
					ps.setTimestamp(13, Timestamp.from(o.processedAt()));
					ps.setInt(14, o.item());
					ps.setString(15, clip(o.userIdentityKey(), OutcomeColumns.ID));
					ps.setString(16, clip(o.personRef(), OutcomeColumns.PERSON_REF));
					ps.setString(17, o.verification() == null ? null : o.verification().name());
					ps.setTimestamp(18, o.verifiedAt() == null ? null : Timestamp.from(o.verifiedAt()));
				});
	}

	/**
	 * Records the verification of rows, and the entrances their identity can still open.
	 */
	public void verify(long jobInstanceId, List<RevocationOutcome> verified, @Nullable String acsEntrances) {
		jdbcTemplate.batchUpdate(
				"UPDATE revocation_outcome SET verification = ?, verified_at = ?, acs_entrances = ?"
						+ " WHERE job_instance_id = ? AND line = ? AND item = ?",
				verified, verified.size(), (ps, o) -> {
					ps.setString(1, o.verification() == null ? null : o.verification().name());
					ps.setTimestamp(2, o.verifiedAt() == null ? null : Timestamp.from(o.verifiedAt()));
					ps.setString(3, clip(acsEntrances, OutcomeColumns.MESSAGE));
					ps.setLong(4, jobInstanceId);
					ps.setLong(5, o.line());
					ps.setInt(6, o.item());
				});
	}

	/**
	 * Streams the instance's rows ordered by line, so a large report never sits in
	 * memory.
	 */
	public void forEachByLine(long jobInstanceId, Consumer<RevocationOutcome> action) {
		forEachWhere("", jobInstanceId, action);
	}

	/**
	 * The instance's rows of people and verified rows, ordered by line: the people
	 * summary reads these, and a pair file without {@code --verify} has none to map.
	 */
	public void forEachPersonOrVerifiedRow(long jobInstanceId, Consumer<RevocationOutcome> action) {
		forEachWhere(" AND (person_ref IS NOT NULL OR verification IS NOT NULL)", jobInstanceId, action);
	}

	private void forEachWhere(String condition, long jobInstanceId, Consumer<RevocationOutcome> action) {
		jdbcTemplate.query("SELECT " + COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ?" + condition
				+ " ORDER BY line, item", rs -> {
					action.accept(map(rs));
				}, jobInstanceId);
	}

	/**
	 * Rows of one outcome after ({@code afterLine}, {@code afterItem}), in (line, item)
	 * order: the rerun source, and the expanded rows still to revoke.
	 */
	public List<RevocationOutcome> findByOutcome(long jobInstanceId, Outcome outcome, long afterLine, int afterItem,
			int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ? AND outcome = ?"
					+ " AND (line > ? OR (line = ? AND item > ?)) ORDER BY line, item")
			.params(jobInstanceId, outcome.name(), afterLine, afterLine, afterItem)
			.withMaxRows(limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** User identities with rows still to verify, after {@code afterId}, in id order. */
	public List<String> identitiesToVerify(long jobInstanceId, boolean pairsToo, String afterId, int limit) {
		return jdbc
			.sql("SELECT DISTINCT user_identity_id FROM revocation_outcome WHERE" + TO_VERIFY
					+ " AND user_identity_id > ? ORDER BY user_identity_id")
			.params(jobInstanceId, pairsToo, afterId)
			.withMaxRows(limit)
			.query(String.class)
			.list();
	}

	public List<RevocationOutcome> rowsToVerify(long jobInstanceId, boolean pairsToo, String userIdentityId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM revocation_outcome WHERE" + TO_VERIFY
					+ " AND user_identity_id = ? ORDER BY line, item")
			.params(jobInstanceId, pairsToo, userIdentityId)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Whether the instance has person rows whose lookup or listing FAILED (a rerun
	 * expands them again).
	 */
	public boolean hasFailedPersonLookups(long jobInstanceId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM revocation_outcome WHERE job_instance_id = ? AND outcome = 'FAILED'"
					+ " AND person_ref IS NOT NULL AND (device_id IS NULL OR device_id = '')")
			.param(jobInstanceId)
			.query(Long.class)
			.single() > 0;
	}

	/** The entrances each verified person can still open, by user identity id. */
	public Map<String, String> acsEntrances(long jobInstanceId) {
		Map<String, String> entrances = new HashMap<>();
		jdbc.sql("SELECT DISTINCT user_identity_id, acs_entrances FROM revocation_outcome WHERE job_instance_id = ?"
				+ " AND acs_entrances IS NOT NULL")
			.param(jobInstanceId)
			.query(rs -> {
				entrances.put(rs.getString(1), rs.getString(2));
			});
		return entrances;
	}

	public OutcomeCounts count(long jobInstanceId) {
		Map<Outcome, Long> counts = new HashMap<>();
		jdbc.sql("SELECT outcome, COUNT(*) FROM revocation_outcome WHERE job_instance_id = ? GROUP BY outcome")
			.param(jobInstanceId)
			.query(rs -> {
				counts.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return new OutcomeCounts(counts);
	}

	private static RevocationOutcome map(ResultSet rs) throws SQLException {
		Timestamp processedAt = rs.getTimestamp("processed_at");
		String verification = rs.getString("verification");
		return RevocationOutcome.builder(rs.getLong("line"), rs.getLong("source_line"), rs.getInt("item"))
			.userIdentityId(Objects.toString(rs.getString("user_identity_id"), ""))
			.deviceId(Objects.toString(rs.getString("device_id"), ""))
			.outcome(Outcome.valueOf(rs.getString("outcome")))
			.seamAnswer(rs.getObject("http_status", Integer.class), rs.getString("error_type"),
					rs.getString("error_message"), rs.getInt("attempts"), rs.getString("seam_request_id"))
			.processedAt(processedAt == null ? Instant.EPOCH : processedAt.toInstant())
			.person(rs.getString("user_identity_key"), rs.getString("person_ref"))
			.verification(verification == null ? null : Verification.valueOf(verification), instant(rs, "verified_at"))
			.build();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}

	private static @Nullable String clip(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
