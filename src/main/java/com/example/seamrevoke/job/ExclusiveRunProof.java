package com.example.seamrevoke.job;

import org.springframework.batch.core.job.JobExecution;

/**
 * Decides whether an execution the repository still shows as running was left behind by a
 * process that died, so it can be recovered and restarted. With embedded H2 in file mode
 * the database file lock already proves it: we could not have opened the database
 * otherwise. A shared repository (PostgreSQL) needs a lease instead.
 */
interface ExclusiveRunProof {

	/** Whether no other process can be running {@code execution}. */
	boolean provesAbandoned(JobExecution execution);

	/** What to tell the operator when it does not. */
	String explain(JobExecution execution);

}
