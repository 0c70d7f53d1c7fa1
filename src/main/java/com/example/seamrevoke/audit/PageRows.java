package com.example.seamrevoke.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

	/**
	 * The columns of the result by lower-case name (PostgreSQL and H2 differ in case),
	 * each found once per query rather than by label in every row.
	 */
	private record Columns(Map<String, Integer> positions) {

		Columns(ResultSetMetaData meta) throws SQLException {
			this(positions(meta));
		}

		private static Map<String, Integer> positions(ResultSetMetaData meta) throws SQLException {
			Map<String, Integer> positions = new HashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				positions.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
			}
			return positions;
		}

		OutcomeRow map(ResultSet rs) throws SQLException {
			return new OutcomeRow(rs.getLong(at("line")), rs.getInt(at("item")), rs.getLong(at("job_execution_id")),
					Objects.toString(rs.getString(at("user_identity_id")), ""),
					Objects.toString(rs.getString(at("device_id")), ""), Outcome.valueOf(rs.getString(at("outcome"))),
					rs.getObject(at("http_status"), Integer.class), rs.getString(at("error_type")),
					rs.getString(at("error_message")), rs.getString(at("seam_request_id")), time(rs, "processed_at"),
					text(rs, "user_identity_key"), text(rs, "person_ref"), verification(rs), time(rs, "verified_at"),
					text(rs, "acs_entrances"), text(rs, "target_kind"), text(rs, "target_id"), text(rs, "target_name"),
					time(rs, "requested_at"), time(rs, "confirmed_at"));
		}

		/** A column every schema has. */
		private int at(String column) throws SQLException {
			Integer position = positions.get(column);
			if (position == null) {
				throw new SQLException("the outcome table has no column " + column);
			}
			return position;
		}

		private @Nullable String text(ResultSet rs, String column) throws SQLException {
			Integer position = positions.get(column);
			return (position != null) ? rs.getString(position) : null;
		}

		private @Nullable Verification verification(ResultSet rs) throws SQLException {
			String verification = rs.getString(at("verification"));
			return (verification != null) ? Verification.valueOf(verification) : null;
		}

		private @Nullable Instant time(ResultSet rs, String column) throws SQLException {
			Integer position = positions.get(column);
			Timestamp time = (position != null) ? rs.getTimestamp(position) : null;
			return (time != null) ? time.toInstant() : null;
		}

	}

}
