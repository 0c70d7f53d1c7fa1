package com.example.seamrevoke.job.support;

/**
 * Keys the job keeps in its execution contexts (never job parameters: those identify
 * runs).
 */
public final class ExecutionContextKeys {

	/** Job execution context: where the report of this execution went. */
	public static final String REPORT_WRITTEN = "report.written";

	/**
	 * Job execution context: {@code true} when the instance reads a pair file, none of
	 * whose rows is a person's; set by the expansion decider at every execution's start.
	 */
	public static final String PAIR_FILE = "input.pairFile";

	/** Step execution context: why the step stopped itself (the skip limit). */
	public static final String STOP_REASON = "revoke.stopReason";

	private ExecutionContextKeys() {
	}

}
