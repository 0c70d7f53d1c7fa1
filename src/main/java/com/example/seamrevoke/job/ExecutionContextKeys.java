package com.example.seamrevoke.job;

/**
 * Keys the job keeps in its execution contexts (never job parameters: those identify
 * runs).
 */
final class ExecutionContextKeys {

	/** Job execution context: where the report of this execution went. */
	static final String REPORT_WRITTEN = "report.written";

	/** Step execution context: why the step stopped itself (the skip limit). */
	static final String STOP_REASON = "revoke.stopReason";

	private ExecutionContextKeys() {
	}

}
