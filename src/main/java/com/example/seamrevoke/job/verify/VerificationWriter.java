package com.example.seamrevoke.job.verify;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records each identity's verification, and the devices found beyond a person's
 * expansion, in the chunk transaction.
 */
class VerificationWriter implements ItemWriter<IdentityVerification> {

	private final OutcomeRepository outcomes;

	private final StepExecution stepExecution;

	VerificationWriter(OutcomeRepository outcomes, StepExecution stepExecution) {
		this.outcomes = outcomes;
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends IdentityVerification> chunk) {
		long jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		for (IdentityVerification identity : chunk.getItems()) {
			outcomes.upsert(jobInstanceId, stepExecution.getJobExecutionId(), identity.found());
			outcomes.verify(jobInstanceId, identity.rows(), identity.acsEntrances());
			outcomes.verify(jobInstanceId, identity.found(), identity.acsEntrances());
		}
	}

}
