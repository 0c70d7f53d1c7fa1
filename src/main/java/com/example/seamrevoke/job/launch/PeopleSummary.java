package com.example.seamrevoke.job.launch;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The people of one run for monitoring ({@code runs[].people} of --summary-json,
 * docs/offboarding.md): how many, how each ended, what was removed (or, in a preview,
 * planned) per kind, and the slowest settle in seconds.
 */
public record PeopleSummary(int inInput, int offboardedAndVerified, int accessRemaining, int unknown, int notVerified,
		Map<String, Long> removedByKind, Map<String, Long> plannedByKind, @Nullable Double slowestSettleSeconds) {

}
