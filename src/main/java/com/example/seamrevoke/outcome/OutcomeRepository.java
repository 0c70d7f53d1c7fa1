package com.example.seamrevoke.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code revocation_outcome} table. */
@Repository
public class OutcomeRepository {

	private static final String COLUMNS = "line, source_line, user_identity_id, device_id, outcome, http_status, "
			+ "error_type, error_message, attempts, seam_request_id, processed_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	OutcomeRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Replaces the rows of these lines: a repeated write of the same line (a retried
	 * chunk) leaves exactly one row. Runs in the caller's (chunk) transaction.
	 */
	public void upsert(long jobInstanceId, long jobExecutionId, List<RevocationOutcome> outcomes) {
		jdbcTemplate.batchUpdate("DELETE FROM revocation_outcome WHERE job_instance_id = ? AND line = ?", outcomes,
				outcomes.size(), (ps, o) -> {
					ps.setLong(1, jobInstanceId);
					ps.setLong(2, o.line());
				});
		jdbcTemplate.batchUpdate("INSERT INTO revocation_outcome (job_instance_id, job_execution_id, " + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", outcomes, outcomes.size(), (ps, o) -> {
					ps.setLong(1, jobInstanceId);
					ps.setLong(2, jobExecutionId);
					ps.setLong(3, o.line());
					ps.setLong(4, o.sourceLine());
					ps.setString(5, clip(o.userIdentityId(), 200));
					ps.setString(6, clip(o.deviceId(), 200));
					ps.setString(7, o.outcome().name());
					ps.setObject(8, o.httpStatus());
					ps.setString(9, clip(o.errorType(), 200));
					ps.setString(10, clip(o.errorMessage(), 2000));
					ps.setInt(11, o.attempts());
					ps.setString(12, clip(o.seamRequestId(), 200));
					ps.setTimestamp(13, Timestamp.from(o.processedAt()));
				});
	}

	/**
	 * Streams the instance's rows ordered by line, so a large report never sits in
	 * memory.
	 */
	public void forEachByLine(long jobInstanceId, Consumer<RevocationOutcome> action) {
		jdbcTemplate.query("SELECT " + COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ? ORDER BY line",
				rs -> {
					action.accept(map(rs));
				}, jobInstanceId);
	}

	/**
	 * Rows of one outcome with a line after {@code afterLine}, in line order: the rerun
	 * source.
	 */
	public List<RevocationOutcome> findByOutcome(long jobInstanceId, Outcome outcome, long afterLine, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ? AND outcome = ?"
					+ " AND line > ? ORDER BY line")
			.params(jobInstanceId, outcome.name(), afterLine)
			.withMaxRows(limit)
			.query((rs, n) -> map(rs))
			.list();
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
		return new RevocationOutcome(rs.getLong("line"), rs.getLong("source_line"), rs.getString("user_identity_id"),
				rs.getString("device_id"), Outcome.valueOf(rs.getString("outcome")),
				(Integer) rs.getObject("http_status", Integer.class), rs.getString("error_type"),
				rs.getString("error_message"), rs.getInt("attempts"), rs.getString("seam_request_id"),
				processedAt == null ? Instant.EPOCH : processedAt.toInstant());
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
