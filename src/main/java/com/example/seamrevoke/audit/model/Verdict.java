package com.example.seamrevoke.audit.model;

import java.util.Map;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * The exit code a run ends with and what it means, by the exit codes (docs/audit-page.md,
 * "What it shows"): the job stopped or failed (1), completed with rows to look at (3), or
 * completed (0). The command decides the same from the same outcomes; the page states it
 * for a reader who has only the page.
 */
record Verdict(int exitCode, String meaning, String style) {

	static Verdict of(String status, Map<Outcome, Long> outcomes, Map<Verification, Long> verifications,
			String stopReason) {
		if (!"COMPLETED".equals(status)) {
			return new Verdict(1, "the job " + ("STOPPED".equals(status) ? "stopped" : "failed") + ": " + stopReason
					+ ". Running the same command again resumes it.", "bad");
		}
		boolean rows = outcomes.entrySet().stream().anyMatch(e -> e.getKey().needsAttention() && e.getValue() > 0);
		boolean verification = verifications.entrySet()
			.stream()
			.anyMatch(e -> e.getKey().needsAttention() && e.getValue() > 0);
		if (rows || verification) {
			return new Verdict(3, "completed, but some rows are FAILED or INVALID, or STILL_ACCESSIBLE or"
					+ " NOT_VERIFIED: see below.", "bad");
		}
		return new Verdict(0, "completed: every row done, and verified where verified.", "ok");
	}

}
