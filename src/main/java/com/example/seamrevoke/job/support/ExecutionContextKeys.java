package com.example.seamrevoke.job.support;

/**
 * Keys the job keeps in its execution contexts (never job parameters: those identify
 * runs).
 */
public final class ExecutionContextKeys {

	/** Job execution context: where the report of this execution went. */
	public static final String REPORT_WRITTEN = "report.written";

	/** Step execution context: why the step stopped itself (the skip limit). */
	public static final String STOP_REASON = "revoke.stopReason";

	private ExecutionContextKeys() {
	}

}
