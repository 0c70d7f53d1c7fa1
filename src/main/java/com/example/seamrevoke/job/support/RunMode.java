package com.example.seamrevoke.job.support;

import org.jspecify.annotations.Nullable;

/**
 * The identifying mode of a run: revoke, dry-run or preview, of an input file or of the
 * FAILED rows of an earlier execution. Stored as a job parameter in the form
 * {@link #toString} writes.
 */
public record RunMode(boolean dryRun, boolean preview, @Nullable Long rerunOfExecution) {

	private static final String DRY_RUN = "dry-run";

	private static final String PREVIEW = "preview";

	private static final String RERUN = "rerun-of-execution-";

	public static RunMode parse(String value) {
		if (value.equals(PREVIEW)) {
			return new RunMode(false, true, null);
		}
		boolean dryRun = value.startsWith(DRY_RUN);
		String rest = dryRun ? value.substring(DRY_RUN.length()).replaceFirst("^-", "") : value;
		Long rerun = rest.startsWith(RERUN) ? Long.valueOf(rest.substring(RERUN.length())) : null;
		return new RunMode(dryRun, false, rerun);
	}

	/**
	 * {@code revoke}, {@code dry-run}, {@code preview}, {@code rerun-of-execution-N} or
	 * {@code dry-run-rerun-of-execution-N}.
	 */
	@Override
	public String toString() {
		if (preview) {
			return PREVIEW;
		}
		if (rerunOfExecution == null) {
			return dryRun ? DRY_RUN : "revoke";
		}
		return (dryRun ? DRY_RUN + "-" : "") + RERUN + rerunOfExecution;
	}

}
