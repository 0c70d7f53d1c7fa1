package com.example.seamrevoke.job.support;

import org.jspecify.annotations.Nullable;

/**
 * The identifying mode of a run: revoke or dry-run, of an input file or of the FAILED
 * rows of an earlier execution. Stored as a job parameter in the form {@link #toString}
 * writes.
 */
public record RunMode(boolean dryRun, @Nullable Long rerunOfExecution) {

	private static final String DRY_RUN = "dry-run";

	private static final String RERUN = "rerun-of-execution-";

	public static RunMode parse(String value) {
		boolean dryRun = value.startsWith(DRY_RUN);
		String rest = dryRun ? value.substring(DRY_RUN.length()).replaceFirst("^-", "") : value;
		Long rerun = rest.startsWith(RERUN) ? Long.valueOf(rest.substring(RERUN.length())) : null;
		return new RunMode(dryRun, rerun);
	}

	/**
	 * {@code revoke}, {@code dry-run}, {@code rerun-of-execution-N} or
	 * {@code dry-run-rerun-of-execution-N}.
	 */
	@Override
	public String toString() {
		if (rerunOfExecution == null) {
			return dryRun ? DRY_RUN : "revoke";
		}
		return (dryRun ? DRY_RUN + "-" : "") + RERUN + rerunOfExecution;
	}

}
