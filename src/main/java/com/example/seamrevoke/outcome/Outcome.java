package com.example.seamrevoke.outcome;

/** What happened to one input row (or, for a person, to one thing they could open by). */
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
	FOUND_AFTER_EXPANSION,
	/**
	 * A removal this run recorded that Seam answered as already gone ({@code *_not_found}
	 * of its own kind: sent before a crash, or removed by someone else), or a device that
	 * went with the person's access grants: nothing left to remove (docs/offboarding.md).
	 */
	ALREADY_GONE,
	/**
	 * --preview: what a run would remove; nothing was sent to Seam that changes anything.
	 */
	PLANNED;

	/** Rows that leave the run incomplete: exit code 3 when any exists. */
	public boolean needsAttention() {
		return this == FAILED || this == INVALID || this == PENDING;
	}

}
