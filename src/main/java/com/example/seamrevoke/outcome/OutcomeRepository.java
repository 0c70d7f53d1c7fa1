package com.example.seamrevoke.outcome;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code revocation_outcome} table. */
@Repository
public class OutcomeRepository {

	/** Rows the verify step checks: person rows always, pair rows with --verify. */
	private static final String TO_VERIFY = " job_instance_id = ? AND verification IS NULL AND user_identity_id <> ''"
			+ " AND outcome IN ('REVOKED', 'FAILED', 'NOTHING_TO_REVOKE', 'ALREADY_GONE') AND (person_ref IS NOT NULL OR ?)";

	/** Rows fetched at a time by a stream: PostgreSQL otherwise sends a whole result. */
	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	OutcomeRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbcTemplate.getDataSource()));
		this.streaming.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
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
		String placeholders = String.join(", ", Collections.nCopies(OutcomeRows.COUNT + 2, "?"));
		jdbcTemplate.batchUpdate("INSERT INTO revocation_outcome (job_instance_id, job_execution_id, "
				+ OutcomeRows.COLUMNS + ") VALUES (" + placeholders + ")", outcomes, outcomes.size(), (ps, o) -> {
					ps.setLong(1, jobInstanceId);
					ps.setLong(2, jobExecutionId);
					OutcomeRows.bind(ps, 3, o);
				});
	}

	/**
	 * Records the verification of rows (and when Seam's lists confirmed each gone), and
	 * the entrances their identity can still open.
	 */
	public void verify(long jobInstanceId, List<RevocationOutcome> verified, @Nullable String acsEntrances) {
		jdbcTemplate.batchUpdate(
				"UPDATE revocation_outcome SET verification = ?, verified_at = ?, confirmed_at = ?, acs_entrances = ?"
						+ " WHERE job_instance_id = ? AND line = ? AND item = ?",
				verified, verified.size(), (ps, o) -> {
					ps.setString(1, o.verification() == null ? null : o.verification().name());
					ps.setTimestamp(2, OutcomeRows.timestamp(o.verifiedAt()));
					ps.setTimestamp(3, OutcomeRows.timestamp(o.confirmedAt()));
					ps.setString(4, OutcomeRows.clip(acsEntrances, OutcomeColumns.MESSAGE));
					ps.setLong(5, jobInstanceId);
					ps.setLong(6, o.line());
					ps.setInt(7, o.item());
				});
	}

	/** Streams the instance's rows ordered by line (a restart's duplicate table). */
	public void forEachByLine(long jobInstanceId, Consumer<RevocationOutcome> action) {
		forEachWhere("", jobInstanceId, action);
	}

	/**
	 * Streams the instance's rows ordered by line with the execution that wrote each and
	 * the entrances recorded at its verification: the report and its audit page read them
	 * once.
	 */
	public void forEachStoredByLine(long jobInstanceId, Consumer<StoredOutcome> action) {
		stream("SELECT " + OutcomeRows.COLUMNS + ", job_execution_id, acs_entrances FROM revocation_outcome"
				+ " WHERE job_instance_id = ? ORDER BY line, item", jobInstanceId,
				rs -> action.accept(new StoredOutcome(OutcomeRows.map(rs), rs.getLong(OutcomeRows.COUNT + 1),
						rs.getString(OutcomeRows.COUNT + 2))));
	}

	/**
	 * The instance's rows of people and verified rows, ordered by line: the people
	 * summary reads these, and a pair file without {@code --verify} has none to map.
	 */
	public void forEachPersonOrVerifiedRow(long jobInstanceId, Consumer<RevocationOutcome> action) {
		forEachWhere(" AND (person_ref IS NOT NULL OR verification IS NOT NULL)", jobInstanceId, action);
	}

	private void forEachWhere(String condition, long jobInstanceId, Consumer<RevocationOutcome> action) {
		stream("SELECT " + OutcomeRows.COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ?" + condition
				+ " ORDER BY line, item", jobInstanceId, rs -> action.accept(OutcomeRows.map(rs)));
	}

	/**
	 * In a (read-only, unless joined) transaction with a fetch size, so that PostgreSQL
	 * sends the rows through a cursor and a million of them never sit in memory.
	 */
	private void stream(String sql, long jobInstanceId, RowCallbackHandler row) {
		readOnly.executeWithoutResult(status -> streaming.query(sql, row, jobInstanceId));
	}

	/**
	 * Rows of one outcome after ({@code afterLine}, {@code afterItem}), in (line, item)
	 * order: the rerun source, and the expanded rows still to revoke.
	 */
	public List<RevocationOutcome> findByOutcome(long jobInstanceId, Outcome outcome, long afterLine, int afterItem,
			int limit) {
		return jdbc
			.sql("SELECT " + OutcomeRows.COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ? AND outcome = ?"
					+ " AND (line > ? OR (line = ? AND item > ?)) ORDER BY line, item")
			.params(jobInstanceId, outcome.name(), afterLine, afterLine, afterItem)
			.withMaxRows(limit)
			.query((rs, n) -> OutcomeRows.map(rs))
			.list();
	}

	/**
	 * PENDING rows after ({@code afterLine}, {@code afterItem}) in (line, item) order:
	 * those acting on access grants, or all the others (docs/offboarding.md, "Order of
	 * removal").
	 */
	public List<RevocationOutcome> findPending(long jobInstanceId, boolean grants, long afterLine, int afterItem,
			int limit) {
		return jdbc
			.sql("SELECT " + OutcomeRows.COLUMNS + " FROM revocation_outcome WHERE job_instance_id = ?"
					+ " AND outcome = 'PENDING' AND (CASE WHEN target_kind = 'ACCESS_GRANT' THEN 1 ELSE 0 END) = ?"
					+ " AND (line > ? OR (line = ? AND item > ?)) ORDER BY line, item")
			.params(jobInstanceId, grants ? 1 : 0, afterLine, afterLine, afterItem)
			.withMaxRows(limit)
			.query((rs, n) -> OutcomeRows.map(rs))
			.list();
	}

	/** The lines whose person had access grants recorded. */
	public Set<Long> linesWithAccessGrants(long jobInstanceId) {
		return Set.copyOf(jdbc.sql(
				"SELECT DISTINCT line FROM revocation_outcome WHERE job_instance_id = ? AND target_kind = 'ACCESS_GRANT'")
			.param(jobInstanceId)
			.query(Long.class)
			.list());
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
			.sql("SELECT " + OutcomeRows.COLUMNS + " FROM revocation_outcome WHERE" + TO_VERIFY
					+ " AND user_identity_id = ? ORDER BY line, item")
			.params(jobInstanceId, pairsToo, userIdentityId)
			.query((rs, n) -> OutcomeRows.map(rs))
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

}
