package com.example.seamrevoke.job.revoke;

import java.time.Clock;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.job.support.RowOutcomes;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamResult;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each request into exactly one outcome, calling Seam's revoke when the request
 * needs it. Thread-safe: {@link RevokeCallStartingReader} runs it on several workers at
 * once. A permanent rejection is a FAILED value, not an exception, so it is written in
 * the chunk transaction like every other row and the framework never repeats a call.
 */
class SeamRevoker implements ItemProcessor<RevocationRequest, RevocationOutcome> {

	private final SeamClient seam;

	private final RowOutcomes rows;

	SeamRevoker(SeamClient seam, boolean dryRun, Clock clock) {
		this.seam = seam;
		this.rows = new RowOutcomes(dryRun, clock);
	}

	@Override
	public RevocationOutcome process(RevocationRequest request) {
		RevocationOutcome settled = rows.settledWithoutSeam(request);
		if (settled != null) {
			return settled;
		}
		SeamResult result = seam.revoke(request.userIdentityId(), request.deviceId());
		return rows.withResult(request, request.userIdentityId(), result.succeeded() ? Outcome.REVOKED : Outcome.FAILED,
				result);
	}

}
