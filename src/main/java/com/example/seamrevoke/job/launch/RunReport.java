package com.example.seamrevoke.job.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.OutcomeCounts;

/**
 * How one run of one input ended, with what the summary, the per-file line and
 * {@code --summary-json} show. {@code executionId} is null when no execution was involved
 * (a rerun of an execution without FAILED rows).
 */
public record RunReport(@Nullable Path input, RunResult result, @Nullable Long executionId, @Nullable String status,
		OutcomeCounts counts, long rowsThisRun, @Nullable String reportPath, Instant start, Instant end, long throttled,
		long retries, @Nullable String rerunCommand, @Nullable String stopReason, @Nullable PeopleSummary people) {

	public Duration duration() {
		return Duration.between(start, end);
	}

	/** Rows this run gave an outcome to, per second of its duration. */
	public double rowsPerSecond() {
		return rowsThisRun / (Math.max(duration().toMillis(), 1) / 1000.0);
	}

}
