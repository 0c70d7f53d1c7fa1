package com.example.seamrevoke.audit;

/**
 * Where a run keeps what the page and the history read: the job's parameters and
 * execution context keys (job/JobParameterNames, job/ExecutionContextKeys), read here,
 * never written; and the facts this package adds to the job execution's context.
 */
final class JobKeys {

	static final String INPUT_FILE = "input.file";

	static final String INPUT_SHA256 = "input.sha256";

	static final String MODE = "mode";

	static final String RERUN_INSTANCE = "rerun.instance";

	static final String REPORT_WRITTEN = "report.written";

	/** Step execution context: why a step stopped itself (the skip limit). */
	static final String STOP_REASON = "revoke.stopReason";

	static final String PAGE_WRITTEN = "audit.page";

	static final String REPORT_SHA256 = "audit.report.sha256";

	/**
	 * Seam's 429 answers per second: {@code epochSecond:count} pairs, comma separated.
	 */
	static final String THROTTLED = "audit.throttled429";

	static final String USER = "audit.user";

	static final String HOST = "audit.host";

	static final String VERSION = "audit.version";

	private JobKeys() {
	}

}
