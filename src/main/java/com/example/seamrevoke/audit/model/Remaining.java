package com.example.seamrevoke.audit.model;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

/** Access a person still has, or may have, and why: shown in red. */
record Remaining(String what, String why) {

	static Remaining of(OutcomeRow row) {
		return new Remaining(row.what(), why(row));
	}

	private static String why(OutcomeRow row) {
		if (row.verification() == Verification.STILL_ACCESSIBLE) {
			return row.is(Outcome.FOUND_AFTER_EXPANSION)
					? "found when verifying, after the expansion: nothing was sent for it; run the file again with --force"
					: "Seam still lists it after the removal and the settling window (an access system that has"
							+ " not applied it, or access from elsewhere)";
		}
		if (row.verification() == Verification.NOT_VERIFIED) {
			return "Seam did not list the person's access after the revoke: nothing is proven";
		}
		if (row.is(Outcome.FAILED)) {
			return "the revoke failed: " + FailureGroups.typeOf(row)
					+ (row.errorMessage() != null ? ": " + row.errorMessage() : "");
		}
		if (row.is(Outcome.PENDING)) {
			return "not revoked yet: the run stopped before it (the same command resumes)";
		}
		return "revoked, but not verified (verification was off)";
	}

}
