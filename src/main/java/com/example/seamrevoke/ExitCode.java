package com.example.seamrevoke;

import com.example.seamrevoke.job.RunResult;

/** The exit codes a scheduler alerts on (README, "Exit codes"). */
final class ExitCode {

	/**
	 * Every row REVOKED (or DUPLICATE, DRY_RUN, NOTHING_TO_REVOKE) and VERIFIED when
	 * verified, or nothing to do.
	 */
	static final int OK = 0;

	/** The job stopped or failed; the same command resumes it. */
	static final int STOPPED = 1;

	/** A usage or configuration error: nothing was sent. */
	static final int USAGE = 2;

	/**
	 * The job completed, but some rows are FAILED or INVALID, or STILL_ACCESSIBLE or
	 * NOT_VERIFIED.
	 */
	static final int ROWS_NEED_ATTENTION = 3;

	private ExitCode() {
	}

	static int of(RunResult result) {
		return switch (result) {
			case COMPLETED, NOTHING_TO_DO -> OK;
			case ROWS_NEED_ATTENTION -> ROWS_NEED_ATTENTION;
			case STOPPED -> STOPPED;
		};
	}

}
