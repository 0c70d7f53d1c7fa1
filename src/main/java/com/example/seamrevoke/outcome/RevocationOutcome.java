package com.example.seamrevoke.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.SafeText;

/**
 * One row's result. {@code line} is the row's line in the original input and {@code item}
 * numbers a person's devices on that line (0 for a pair): together the key of the row
 * within a job instance. {@code sourceLine} is where this run read it, which differs from
 * {@code line} only when the input is a report of an earlier run. {@code personRef} is
 * set on every row of a person line ({@code key:...} or {@code id:...}, as the input
 * named the person). Its text comes from the input file and from Seam, so it is cleaned
 * here, before it reaches the database or the report; ids that are UUIDs pass unchanged.
 */
public record RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
		@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
		@Nullable String seamRequestId, Instant processedAt, int item, @Nullable String userIdentityKey,
		@Nullable String personRef, @Nullable Verification verification, @Nullable Instant verifiedAt) {

	/** The width of the id columns in the table. */
	private static final int ID_COLUMN = 200;

	/** The width of the person_ref column in the table. */
	private static final int PERSON_REF_COLUMN = 220;

	/** The width of the error_message column in the table. */
	private static final int MESSAGE_COLUMN = 2000;

	public RevocationOutcome {
		userIdentityId = SafeText.clean(userIdentityId, ID_COLUMN);
		deviceId = SafeText.clean(deviceId, ID_COLUMN);
		errorType = SafeText.clean(errorType, SafeText.TOKEN);
		errorMessage = SafeText.clean(errorMessage, MESSAGE_COLUMN);
		seamRequestId = SafeText.clean(seamRequestId, SafeText.TOKEN);
		userIdentityKey = SafeText.clean(userIdentityKey, ID_COLUMN);
		personRef = SafeText.clean(personRef, PERSON_REF_COLUMN);
	}

	/** A pair row (item 0), not verified. */
	public RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
			@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
			@Nullable String seamRequestId, Instant processedAt) {
		this(line, sourceLine, userIdentityId, deviceId, outcome, httpStatus, errorType, errorMessage, attempts,
				seamRequestId, processedAt, 0, null, null, null, null);
	}

	public boolean isPerson() {
		return personRef != null;
	}

}
