package com.example.seamrevoke.job;

/**
 * The job parameters; only the identifying ones decide which job instance a run belongs
 * to.
 */
final class JobParameterNames {

	/** Identifying: the SHA-256 of the input file (or of the rerun source). */
	static final String INPUT_SHA256 = "input.sha256";

	/** Identifying: the {@link RunMode}. */
	static final String MODE = "mode";

	/** Identifying, only with --force: makes a new instance of the same input. */
	static final String FORCE = "force";

	/** Not identifying: where the input is read this time. */
	static final String INPUT_FILE = "input.file";

	/** Not identifying: the job instance whose FAILED rows a rerun reads. */
	static final String RERUN_INSTANCE = "rerun.instance";

	/**
	 * Not identifying: {@code true} (--verify: pair rows too) or {@code false}
	 * (--verify=false: nothing); absent, only person rows are verified.
	 */
	static final String VERIFY = "verify";

	/** Not identifying: the report path when --report was given. */
	static final String REPORT_FILE = "report.file";

	private JobParameterNames() {
	}

}
