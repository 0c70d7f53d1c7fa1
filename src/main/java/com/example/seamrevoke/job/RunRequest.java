package com.example.seamrevoke.job;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What one run is asked to do, as plain values: the entry point builds it from the
 * command line. Exactly one of {@code input} and {@code rerunFailed} is set.
 * {@code verify} is {@code null} unless --verify was given: then person rows are verified
 * and pair rows are not.
 */
public record RunRequest(@Nullable Path input, @Nullable Path report, @Nullable Long rerunFailed, boolean dryRun,
		boolean force, @Nullable Boolean verify) {

	public RunRequest(@Nullable Path input, @Nullable Path report, @Nullable Long rerunFailed, boolean dryRun,
			boolean force) {
		this(input, report, rerunFailed, dryRun, force, null);
	}

}
