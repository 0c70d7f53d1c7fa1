package com.example.seamrevoke.audit.history;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One job execution as the history lists it. {@code counts} and {@code rows} are those of
 * its job instance now (a resumed instance's executions share them); the paths and the
 * report's SHA-256 are null for an execution that wrote none (killed, or run by a version
 * before the audit page).
 */
public record PastRun(long executionId, long jobInstanceId, String input, @Nullable String inputSha256,
		@Nullable Instant start, @Nullable Instant end, String status, Map<String, Long> counts, long rows,
		@Nullable String reportPath, @Nullable String reportSha256, @Nullable String pagePath) {
}
