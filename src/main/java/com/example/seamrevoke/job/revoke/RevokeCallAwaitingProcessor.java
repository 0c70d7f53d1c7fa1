package com.example.seamrevoke.job.revoke;

import java.util.concurrent.CompletionException;

import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The step's processor: waits for the call {@link RevokeCallStartingReader} started for
 * the row and passes on its outcome, or the exception that stops the job.
 */
class RevokeCallAwaitingProcessor implements ItemProcessor<InFlightRevocation, RevocationOutcome> {

	@Override
	public RevocationOutcome process(InFlightRevocation row) {
		try {
			return row.outcome().join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

}
