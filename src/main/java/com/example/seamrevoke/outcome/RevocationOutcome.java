package com.example.seamrevoke.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row's result. {@code line} is the row's line in the original input and {@code item}
 * numbers a person's devices on that line (0 for a pair): together the key of the row
 * within a job instance. {@code sourceLine} is where this run read it, which differs from
 * {@code line} only when the input is a report of an earlier run. {@code personRef} is
 * set on every row of a person line ({@code key:...} or {@code id:...}, as the input
 * named the person).
 */
public record RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
		@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
		@Nullable String seamRequestId, Instant processedAt, int item, @Nullable String userIdentityKey,
		@Nullable String personRef, @Nullable Verification verification, @Nullable Instant verifiedAt) {

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
