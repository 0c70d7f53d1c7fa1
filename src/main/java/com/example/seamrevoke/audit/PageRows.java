package com.example.seamrevoke.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.model.OutcomeRow;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a job instance's outcome rows in report order for the page. It selects every
 * column and reads the optional ones only when the table has them (see
 * {@link OutcomeRow}), so the page keeps working on a schema with more columns.
 */
@Component
class PageRows {

	/** Rows fetched at a time: PostgreSQL otherwise sends the whole result at once. */
	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	PageRows(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * In a read-only transaction, so that PostgreSQL streams through a cursor and a
	 * report of a million rows never sits in memory.
	 */
	void forEach(long jobInstanceId, Consumer<OutcomeRow> action) {
		readOnly.executeWithoutResult(status -> query(jobInstanceId, action));
	}

	private void query(long jobInstanceId, Consumer<OutcomeRow> action) {
		jdbc.query("SELECT * FROM revocation_outcome WHERE job_instance_id = ? ORDER BY line, item",
				new RowCallbackHandler() {

					private @Nullable Columns columns;

					@Override
					public void processRow(ResultSet rs) throws SQLException {
						if (columns == null) {
							columns = new Columns(rs.getMetaData());
						}
						action.accept(columns.map(rs));
					}

				}, jobInstanceId);
	}

	/** The columns of the result, lower case (PostgreSQL and H2 differ in case). */
	private record Columns(Set<String> names) {

		Columns(ResultSetMetaData meta) throws SQLException {
			this(names(meta));
		}

		private static Set<String> names(ResultSetMetaData meta) throws SQLException {
			Set<String> names = new HashSet<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
			}
			return names;
		}

		OutcomeRow map(ResultSet rs) throws SQLException {
			return new OutcomeRow(rs.getLong("line"), rs.getInt("item"), rs.getLong("job_execution_id"),
					Objects.toString(rs.getString("user_identity_id"), ""),
					Objects.toString(rs.getString("device_id"), ""), Outcome.valueOf(rs.getString("outcome")),
					rs.getObject("http_status", Integer.class), rs.getString("error_type"),
					rs.getString("error_message"), rs.getString("seam_request_id"), time(rs, "processed_at"),
					text(rs, "user_identity_key"), text(rs, "person_ref"), verification(rs), time(rs, "verified_at"),
					text(rs, "acs_entrances"), text(rs, "target_kind"), text(rs, "target_id"), text(rs, "target_name"),
					time(rs, "requested_at"), time(rs, "confirmed_at"));
		}

		private @Nullable String text(ResultSet rs, String... candidates) throws SQLException {
			for (String column : candidates) {
				if (names.contains(column)) {
					return rs.getString(column);
				}
			}
			return null;
		}

		private @Nullable Verification verification(ResultSet rs) throws SQLException {
			String verification = rs.getString("verification");
			return (verification != null) ? Verification.valueOf(verification) : null;
		}

		private @Nullable Instant time(ResultSet rs, String column) throws SQLException {
			if (!names.contains(column)) {
				return null;
			}
			Timestamp time = rs.getTimestamp(column);
			return (time != null) ? time.toInstant() : null;
		}

	}

}
