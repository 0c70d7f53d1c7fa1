package com.example.seamrevoke.outcome;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;

/**
 * A {@link RevocationOutcome} to and from a {@code revocation_outcome} row: the columns
 * in one order, written and read in that order.
 */
final class OutcomeRows {

	static final String COLUMNS = "line, source_line, user_identity_id, device_id, outcome, http_status, "
			+ "error_type, error_message, attempts, seam_request_id, processed_at, item, user_identity_key, person_ref, "
			+ "verification, verified_at, target_kind, target_id, target_name, acs_system_id, requested_at, confirmed_at";

	static final int COUNT = COLUMNS.split(",").length;

	private OutcomeRows() {
	}

	/** Sets the {@link #COLUMNS} of {@code o} from parameter {@code first} on. */
	static void bind(PreparedStatement ps, int first, RevocationOutcome o) throws SQLException {
		int i = first;
		ps.setLong(i++, o.line());
		ps.setLong(i++, o.sourceLine());
		ps.setString(i++, clip(o.userIdentityId(), OutcomeColumns.ID));
		ps.setString(i++, clip(o.deviceId(), OutcomeColumns.ID));
		ps.setString(i++, o.outcome().name());
		ps.setObject(i++, o.httpStatus());
		ps.setString(i++, clip(o.errorType(), OutcomeColumns.ID));
		ps.setString(i++, clip(o.errorMessage(), OutcomeColumns.MESSAGE));
		ps.setInt(i++, o.attempts());
		ps.setString(i++, clip(o.seamRequestId(), OutcomeColumns.ID));
		ps.setTimestamp(i++, Timestamp.from(o.processedAt()));
		ps.setInt(i++, o.item());
		ps.setString(i++, clip(o.userIdentityKey(), OutcomeColumns.ID));
		ps.setString(i++, clip(o.personRef(), OutcomeColumns.PERSON_REF));
		ps.setString(i++, o.verification() == null ? null : o.verification().name());
		ps.setTimestamp(i++, timestamp(o.verifiedAt()));
		Target target = o.target();
		ps.setString(i++, target == null ? null : target.kind().name());
		ps.setString(i++, target == null ? null : clip(target.id(), OutcomeColumns.ID));
		ps.setString(i++, target == null ? null : clip(target.name(), OutcomeColumns.ID));
		ps.setString(i++, target == null ? null : clip(target.acsSystemId(), OutcomeColumns.ID));
		ps.setTimestamp(i++, timestamp(o.requestedAt()));
		ps.setTimestamp(i, timestamp(o.confirmedAt()));
	}

	/**
	 * Reads the {@link #COLUMNS} of a row in the order {@link #bind} writes them: by
	 * position, as a report reads every column of every row (by name, H2 upper-cases the
	 * label at every call).
	 */
	static RevocationOutcome map(ResultSet rs) throws SQLException {
		InOrder in = new InOrder(rs);
		long line = in.longValue();
		long sourceLine = in.longValue();
		String userIdentityId = Objects.toString(in.string(), "");
		String deviceId = Objects.toString(in.string(), "");
		Outcome outcome = Outcome.valueOf(in.string());
		Integer httpStatus = in.integer();
		String errorType = in.string();
		String errorMessage = in.string();
		int attempts = in.intValue();
		String seamRequestId = in.string();
		Instant processedAt = in.instant();
		int item = in.intValue();
		String userIdentityKey = in.string();
		String personRef = in.string();
		String verification = in.string();
		Instant verifiedAt = in.instant();
		String targetKind = in.string();
		String targetId = in.string();
		String targetName = in.string();
		String acsSystemId = in.string();
		Instant requestedAt = in.instant();
		Instant confirmedAt = in.instant();
		return RevocationOutcome.builder(line, sourceLine, item)
			.userIdentityId(userIdentityId)
			.deviceId(deviceId)
			.outcome(outcome)
			.seamAnswer(httpStatus, errorType, errorMessage, attempts, seamRequestId)
			.processedAt(processedAt == null ? Instant.EPOCH : processedAt)
			.person(userIdentityKey, personRef)
			.verification(verification == null ? null : Verification.valueOf(verification), verifiedAt)
			.target(targetKind == null ? null
					: new Target(TargetKind.valueOf(targetKind), targetId, targetName, acsSystemId))
			.requestedAt(requestedAt)
			.confirmedAt(confirmedAt)
			.build();
	}

	/** The columns of one row, each read once, from the first on. */
	private static final class InOrder {

		private final ResultSet rs;

		private int column;

		InOrder(ResultSet rs) {
			this.rs = rs;
		}

		long longValue() throws SQLException {
			return rs.getLong(++column);
		}

		int intValue() throws SQLException {
			return rs.getInt(++column);
		}

		@Nullable Integer integer() throws SQLException {
			return rs.getObject(++column, Integer.class);
		}

		@Nullable String string() throws SQLException {
			return rs.getString(++column);
		}

		@Nullable Instant instant() throws SQLException {
			Timestamp time = rs.getTimestamp(++column);
			return time == null ? null : time.toInstant();
		}

	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable String clip(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
