package com.example.seamrevoke.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.SafeText;

/**
 * One row's result. {@code line} is the row's line in the original input (the key of the
 * row within a job instance); {@code sourceLine} is where this run read it, which differs
 * from {@code line} only when the input is a report of an earlier run. Its text comes
 * from the input file and from Seam, so it is cleaned here, before it reaches the
 * database or the report; ids that are UUIDs pass unchanged.
 */
public record RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
		@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
		@Nullable String seamRequestId, Instant processedAt) {

	/** The width of the id columns in the table. */
	private static final int ID_COLUMN = 200;

	/** The width of the error_message column in the table. */
	private static final int MESSAGE_COLUMN = 2000;

	public RevocationOutcome {
		userIdentityId = SafeText.clean(userIdentityId, ID_COLUMN);
		deviceId = SafeText.clean(deviceId, ID_COLUMN);
		errorType = SafeText.clean(errorType, SafeText.TOKEN);
		errorMessage = SafeText.clean(errorMessage, MESSAGE_COLUMN);
		seamRequestId = SafeText.clean(seamRequestId, SafeText.TOKEN);
	}

}
