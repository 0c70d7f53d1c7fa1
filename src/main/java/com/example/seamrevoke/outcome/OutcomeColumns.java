package com.example.seamrevoke.outcome;

/**
 * The widths of the {@code revocation_outcome} columns (db/migration), in one place: a
 * row's text is cleaned and cut to them before it reaches the table or the report.
 */
final class OutcomeColumns {

	/**
	 * {@code user_identity_id}, {@code device_id}, {@code user_identity_key} and the
	 * other ids.
	 */
	static final int ID = 200;

	/** {@code person_ref}: {@code key:} or {@code id:} before an id. */
	static final int PERSON_REF = 220;

	/** {@code error_message} and {@code acs_entrances}: the widest columns. */
	static final int MESSAGE = 2000;

	private OutcomeColumns() {
	}

}
