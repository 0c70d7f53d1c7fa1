package com.example.seamrevoke.job.launch;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What one run is asked to do, as plain values: the entry point builds it from the
 * command line. Exactly one of {@code input} and {@code rerunFailed} is set.
 * {@code verify} is {@code null} unless --verify was given: then person rows are verified
 * and pair rows are not. {@code beforeJobStart} runs only when a job is about to start
 * (it starts the sandbox), not for a run that has nothing to do.
 */
public record RunRequest(@Nullable Path input, @Nullable Path report, @Nullable Long rerunFailed, boolean dryRun,
		boolean force, @Nullable Boolean verify, RerunCommand rerunCommand, Runnable beforeJobStart) {

	/** The same request for one file of a directory. */
	public RunRequest forFile(Path file) {
		return new RunRequest(file, null, null, dryRun, force, verify, rerunCommand, beforeJobStart);
	}

}
