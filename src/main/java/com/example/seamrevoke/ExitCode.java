package com.example.seamrevoke;

/** The exit codes a scheduler alerts on (DESIGN.md). */
public final class ExitCode {

	/** Every row REVOKED (or DUPLICATE, DRY_RUN), or the input was already processed. */
	public static final int OK = 0;

	/** The job stopped or failed; the same command resumes it. */
	public static final int STOPPED = 1;

	/** A usage or configuration error: nothing was sent. */
	public static final int USAGE = 2;

	/** The job completed, but some rows are FAILED or INVALID. */
	public static final int ROWS_NEED_ATTENTION = 3;

	private ExitCode() {
	}

}
