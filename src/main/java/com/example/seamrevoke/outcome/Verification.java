package com.example.seamrevoke.outcome;

/**
 * What listing the user identity's devices again, after the revokes, showed for a row.
 */
public enum Verification {

	/** The device is no longer listed (for a person without devices: still none). */
	VERIFIED,
	/** The device is still listed, e.g. granted through an access grant. */
	STILL_ACCESSIBLE,
	/** Seam did not list the identity's devices, so nothing is proven. */
	NOT_VERIFIED;

	public boolean needsAttention() {
		return this != VERIFIED;
	}

}
