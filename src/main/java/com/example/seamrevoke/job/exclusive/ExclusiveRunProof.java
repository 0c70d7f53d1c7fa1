package com.example.seamrevoke.job.exclusive;

import java.io.PrintStream;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Makes a process the only runner of a job instance, before anything reads or creates it.
 * While the claim is held, an execution of that instance the repository still shows as
 * running was left behind by a process that died, so it can be recovered and restarted.
 * With embedded H2 the database file lock already proves it
 * ({@link DatabaseLockRunProof}); a shared repository (PostgreSQL) needs a lease with a
 * heartbeat ({@link LeaseRunProof}).
 */
public interface ExclusiveRunProof {

	/**
	 * Claims the instance {@code parameters} identify until the claim is closed.
	 * @throws RunInProgressException when a live process holds it: nothing may be sent
	 */
	Claim claim(JobParameters parameters, PrintStream out);

	/** Held for the whole run; closing it lets the next run of the instance start. */
	interface Claim extends AutoCloseable {

		@Override
		void close();

	}

}
