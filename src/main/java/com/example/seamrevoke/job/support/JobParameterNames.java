package com.example.seamrevoke.job.support;

/**
 * The job parameters; only the identifying ones decide which job instance a run belongs
 * to.
 */
public final class JobParameterNames {

	/** The job's name: with the identifying parameters, the key of a job instance. */
	public static final String JOB_NAME = "revokeAccessJob";

	/** Identifying: the SHA-256 of the input file (or of the rerun source). */
	public static final String INPUT_SHA256 = "input.sha256";

	/** Identifying: the {@link RunMode}. */
	public static final String MODE = "mode";

	/** Identifying, only with --force: makes a new instance of the same input. */
	public static final String FORCE = "force";

	/** Not identifying: where the input is read this time. */
	public static final String INPUT_FILE = "input.file";

	/** Not identifying: the job instance whose FAILED rows a rerun reads. */
	public static final String RERUN_INSTANCE = "rerun.instance";

	/**
	 * Not identifying: {@code true} (--verify: pair rows too) or {@code false}
	 * (--verify=false: nothing); absent, only person rows are verified.
	 */
	public static final String VERIFY = "verify";

	/**
	 * Not identifying: {@code true} with --client-sessions; the expansion alone reads it,
	 * so a resumed run acts on what was recorded.
	 */
	public static final String CLIENT_SESSIONS = "client.sessions";

	/** Not identifying: the report path when --report was given. */
	public static final String REPORT_FILE = "report.file";

	private JobParameterNames() {
	}

}
