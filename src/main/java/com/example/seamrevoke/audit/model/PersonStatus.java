package com.example.seamrevoke.audit.model;

/**
 * Where a person of a people file stands. The first three are the summary's "fully
 * offboarded", "with access remaining" and "unknown" (docs/audit-page.md, "What it
 * shows"); its "not verified" is split here into what an auditor acts on differently.
 */
enum PersonStatus {

	REMOVED_VERIFIED("Access removed and verified", "ok"), ACCESS_REMAINS("Access remains", "bad"),
	UNKNOWN("Unknown to Seam", "warn"), FAILED("Failed: access may remain", "bad"),
	PENDING("Not finished: the run stopped", "bad"), NOT_VERIFIED("Removed, not verified", "warn"),
	/** A line that names no one to offboard: INVALID, DUPLICATE or a dry run. */
	NOT_A_PERSON("Not processed", "muted");

	private final String label;

	private final String style;

	PersonStatus(String label, String style) {
		this.label = label;
		this.style = style;
	}

	String label() {
		return label;
	}

	/** The CSS class the template colours the status with. */
	String style() {
		return style;
	}

	/** Counted as the summary's "not verified". */
	boolean unproven() {
		return this == FAILED || this == PENDING || this == NOT_VERIFIED;
	}

}
