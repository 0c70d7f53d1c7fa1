package com.example.seamrevoke.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row's result. {@code line} is the row's line in the original input (the key of the
 * row within a job instance); {@code sourceLine} is where this run read it, which differs
 * from {@code line} only when the input is a report of an earlier run.
 */
public record RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
		@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
		@Nullable String seamRequestId, Instant processedAt) {
}
