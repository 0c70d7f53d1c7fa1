package com.example.seamrevoke.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * H2 file databases are opened by one process at a time, so holding it proves the other
 * run is gone.
 */
@Component
class DatabaseLockRunProof implements ExclusiveRunProof {

	private final boolean embeddedFileDatabase;

	DatabaseLockRunProof(@Value("${spring.datasource.url:}") String url) {
		this.embeddedFileDatabase = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./")
				|| url.startsWith("jdbc:h2:~");
	}

	@Override
	public boolean provesAbandoned(JobExecution execution) {
		return embeddedFileDatabase;
	}

	@Override
	public String explain(JobExecution execution) {
		return "execution " + execution.getId() + " of this input is still marked " + execution.getStatus()
				+ " in the shared job repository and another process may be running it; if it is not, mark it"
				+ " failed (UPDATE BATCH_JOB_EXECUTION SET STATUS='FAILED', END_TIME=CURRENT_TIMESTAMP WHERE"
				+ " JOB_EXECUTION_ID=" + execution.getId() + ") and run the same command again";
	}

}
