package com.example.seamrevoke.audit.model;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.StoredOutcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * One row of the outcome table as the page reads it. Text columns are as stored (cleaned
 * on the way in); the page's template escapes them. The last five say what the row acts
 * on (a device, an access grant, an access-control user: its kind, Seam id and name) and
 * when its removal was requested and confirmed.
 */
public record OutcomeRow(long line, int item, long jobExecutionId, String userIdentityId, String deviceId,
		Outcome outcome, @Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage,
		@Nullable String seamRequestId, @Nullable Instant processedAt, @Nullable String userIdentityKey,
		@Nullable String personRef, @Nullable Verification verification, @Nullable Instant verifiedAt,
		@Nullable String acsEntrances, @Nullable String kind, @Nullable String resourceId,
		@Nullable String resourceName, @Nullable Instant requestedAt, @Nullable Instant confirmedAt) {

	/** The row as the report's read hands it over. */
	public static OutcomeRow of(StoredOutcome stored) {
		RevocationOutcome o = stored.outcome();
		Target target = o.target();
		return new OutcomeRow(o.line(), o.item(), stored.jobExecutionId(), o.userIdentityId(), o.deviceId(),
				o.outcome(), o.httpStatus(), o.errorType(), o.errorMessage(), o.seamRequestId(), o.processedAt(),
				o.userIdentityKey(), o.personRef(), o.verification(), o.verifiedAt(), stored.acsEntrances(),
				(target != null) ? target.kind().name() : null, (target != null) ? target.id() : null,
				(target != null) ? target.name() : null, o.requestedAt(), o.confirmedAt());
	}

	boolean isPerson() {
		return personRef != null;
	}

	boolean is(Outcome other) {
		return outcome == other;
	}

	boolean verified() {
		return verification == Verification.VERIFIED;
	}

	/** What the row is about: its resource's name when stored, else the device id. */
	public String what() {
		String id = (resourceId != null && !resourceId.isEmpty()) ? resourceId : deviceId;
		String noun = (kind != null && !kind.isEmpty()) ? kind.toLowerCase(Locale.ROOT).replace('_', ' ') : "device";
		if (resourceName != null && !resourceName.isEmpty()) {
			return noun + " " + resourceName + (id.isEmpty() ? "" : " (" + id + ")");
		}
		return noun + " " + id;
	}

	/** What was removed, with when it was asked for and confirmed when the table says. */
	public String removed() {
		String requested = (requestedAt != null) ? "requested " + requestedAt : null;
		String confirmed = (confirmedAt != null) ? "confirmed " + confirmedAt : null;
		if (requested == null && confirmed == null) {
			return what();
		}
		return what() + " (" + ((requested != null && confirmed != null) ? requested + ", " + confirmed
				: (requested != null) ? requested : confirmed) + ")";
	}

	/**
	 * When removal was confirmed: the confirmation time when stored, else the
	 * verification.
	 */
	public @Nullable Instant confirmed() {
		return (confirmedAt != null) ? confirmedAt : verified() ? verifiedAt : null;
	}

}
