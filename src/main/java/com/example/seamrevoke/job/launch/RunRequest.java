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
		boolean force, @Nullable Boolean verify, Offboarding offboarding, RerunCommand rerunCommand,
		Runnable beforeJobStart) {

	/**
	 * The options of a people file (docs/offboarding.md): {@code preview} (--preview)
	 * lists what would be removed and removes nothing; {@code clientSessions}
	 * (--client-sessions) also ends the person's client sessions; {@code confirmPeople}
	 * (--confirm-people=N) lets a file naming exactly N people past
	 * {@code revoke.max-people}.
	 */
	public record Offboarding(boolean preview, boolean clientSessions, @Nullable Long confirmPeople) {

		public static final Offboarding DEFAULT = new Offboarding(false, false, null);

	}

	/** The same request for one file of a directory. */
	public RunRequest forFile(Path file) {
		return new RunRequest(file, null, null, dryRun, force, verify, offboarding, rerunCommand, beforeJobStart);
	}

	public boolean preview() {
		return offboarding.preview();
	}

}
