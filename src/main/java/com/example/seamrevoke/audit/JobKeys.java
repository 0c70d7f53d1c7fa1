package com.example.seamrevoke.audit;

/**
 * The facts the page adds to a job execution's context, for the history and later pages
 * (docs/audit-page.md, "History"). The job's own parameters and keys are in
 * {@code job.support}.
 */
public final class JobKeys {

	public static final String PAGE_WRITTEN = "audit.page";

	public static final String REPORT_SHA256 = "audit.report.sha256";

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
