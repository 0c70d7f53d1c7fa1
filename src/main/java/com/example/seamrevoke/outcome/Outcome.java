package com.example.seamrevoke.outcome;

/** What happened to one input row. */
public enum Outcome {

	REVOKED, FAILED, INVALID, DUPLICATE, DRY_RUN;

	/** Rows that leave the run incomplete: exit code 3 when any exists. */
	public boolean needsAttention() {
		return this == FAILED || this == INVALID;
	}

}
