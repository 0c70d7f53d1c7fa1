package com.example.seamrevoke.cli;

import java.util.List;

import com.example.seamrevoke.job.launch.RunResult;
import com.example.seamrevoke.job.support.ProcessExit;

/** The exit codes a scheduler alerts on (docs/operations.md, "Exit codes"). */
public final class ExitCode {

	/**
	 * Every row REVOKED (or DUPLICATE, DRY_RUN, NOTHING_TO_REVOKE) and VERIFIED when
	 * verified, or nothing to do.
	 */
	public static final int OK = 0;

	/** The job stopped or failed; the same command resumes it. */
	public static final int STOPPED = ProcessExit.STOPPED;

	/** A usage or configuration error: nothing was sent. */
	public static final int USAGE = 2;

	/**
	 * The job completed, but some rows are FAILED or INVALID, or STILL_ACCESSIBLE or
	 * NOT_VERIFIED.
	 */
	public static final int ROWS_NEED_ATTENTION = 3;

	/**
	 * Another process is running this input (it holds the lease, or the embedded
	 * database): nothing was sent. A standby host of a schedule run on several hosts can
	 * treat it as success.
	 */
	public static final int ANOTHER_RUN_ACTIVE = 4;

	/**
	 * From least to most in need of a person, for a directory's one exit code
	 * (docs/operations.md, "Exit codes"): a file refused outright is worse than a stopped
	 * run, which the next run resumes, which is worse than rows to look at; a run left to
	 * another process needs no one.
	 */
	private static final List<Integer> SEVERITY = List.of(OK, ANOTHER_RUN_ACTIVE, ROWS_NEED_ATTENTION, STOPPED, USAGE);

	private ExitCode() {
	}

	public static int of(RunResult result) {
		return switch (result) {
			case COMPLETED, NOTHING_TO_DO -> OK;
			case ROWS_NEED_ATTENTION -> ROWS_NEED_ATTENTION;
			case STOPPED -> STOPPED;
		};
	}

	public static int worst(int one, int other) {
		return SEVERITY.indexOf(one) >= SEVERITY.indexOf(other) ? one : other;
	}

}
