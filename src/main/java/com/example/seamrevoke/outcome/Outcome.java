package com.example.seamrevoke.outcome;

/** What happened to one input row (or, for a person, to one of their devices). */
public enum Outcome {

	REVOKED, FAILED, INVALID, DUPLICATE, DRY_RUN,
	/** A person's device found by the expansion, not revoked yet. */
	PENDING,
	/** A person Seam lists no device for: nothing was sent. */
	NOTHING_TO_REVOKE,
	/**
	 * A device the verification found for a person that their recorded expansion did not:
	 * nothing was sent for it (docs/operations.md, "Offboarding a person, with proof").
	 */
	FOUND_AFTER_EXPANSION;

	/** Rows that leave the run incomplete: exit code 3 when any exists. */
	public boolean needsAttention() {
		return this == FAILED || this == INVALID || this == PENDING;
	}

}
