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

	static RevocationOutcome map(ResultSet rs) throws SQLException {
		String verification = rs.getString("verification");
		Instant processedAt = instant(rs, "processed_at");
		return RevocationOutcome.builder(rs.getLong("line"), rs.getLong("source_line"), rs.getInt("item"))
			.userIdentityId(Objects.toString(rs.getString("user_identity_id"), ""))
			.deviceId(Objects.toString(rs.getString("device_id"), ""))
			.outcome(Outcome.valueOf(rs.getString("outcome")))
			.seamAnswer(rs.getObject("http_status", Integer.class), rs.getString("error_type"),
					rs.getString("error_message"), rs.getInt("attempts"), rs.getString("seam_request_id"))
			.processedAt(processedAt == null ? Instant.EPOCH : processedAt)
			.person(rs.getString("user_identity_key"), rs.getString("person_ref"))
			.verification(verification == null ? null : Verification.valueOf(verification), instant(rs, "verified_at"))
			.target(target(rs))
			.requestedAt(instant(rs, "requested_at"))
			.confirmedAt(instant(rs, "confirmed_at"))
			.build();
	}

	private static @Nullable Target target(ResultSet rs) throws SQLException {
		String kind = rs.getString("target_kind");
		return kind == null ? null : new Target(TargetKind.valueOf(kind), rs.getString("target_id"),
				rs.getString("target_name"), rs.getString("acs_system_id"));
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}

	static @Nullable String clip(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
