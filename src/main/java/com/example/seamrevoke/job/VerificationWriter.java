package com.example.seamrevoke.job;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Records each identity's verification in the chunk transaction. */
class VerificationWriter implements ItemWriter<IdentityVerification> {

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	VerificationWriter(OutcomeRepository outcomes, long jobInstanceId) {
		this.outcomes = outcomes;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void write(Chunk<? extends IdentityVerification> chunk) {
		for (IdentityVerification identity : chunk.getItems()) {
			outcomes.verify(jobInstanceId, identity.rows(), identity.acsEntrances());
		}
	}

}
