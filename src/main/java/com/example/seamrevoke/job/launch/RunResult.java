package com.example.seamrevoke.job.launch;

/**
 * How a run ended, for the entry point to turn into an exit code (docs/operations.md,
 * "Exit codes").
 */
public enum RunResult {

	/** Every row REVOKED (or DUPLICATE, DRY_RUN). */
	COMPLETED,
	/** Nothing to do: the input was already processed, or a rerun found no FAILED row. */
	NOTHING_TO_DO,
	/**
	 * Completed, but some rows are FAILED or INVALID, or STILL_ACCESSIBLE or
	 * NOT_VERIFIED.
	 */
	ROWS_NEED_ATTENTION,
	/** The job stopped or failed; the same command resumes it. */
	STOPPED

}
