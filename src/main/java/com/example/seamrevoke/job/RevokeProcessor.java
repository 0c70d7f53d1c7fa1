package com.example.seamrevoke.job;

import java.time.Clock;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamResult;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each request into exactly one outcome. Thread-safe: the step runs it on several
 * workers at once. A permanent rejection is a FAILED value, not an exception, so it is
 * written in the chunk transaction like every other row and the framework never repeats a
 * call.
 */
class RevokeProcessor implements ItemProcessor<RevocationRequest, RevocationOutcome> {

	private final SeamClient seam;

	private final boolean dryRun;

	private final Clock clock;

	RevokeProcessor(SeamClient seam, boolean dryRun, Clock clock) {
		this.seam = seam;
		this.dryRun = dryRun;
		this.clock = clock;
	}

	@Override
	public RevocationOutcome process(RevocationRequest request) {
		if (!request.isValid()) {
			return withoutCall(request, Outcome.INVALID, request.invalidReason());
		}
		if (request.isDuplicate()) {
			return withoutCall(request, Outcome.DUPLICATE, "same pair as line " + request.duplicateOf());
		}
		if (dryRun) {
			return withoutCall(request, Outcome.DRY_RUN, null);
		}
		SeamResult result = seam.revoke(request.userIdentityId(), request.deviceId());
		Outcome outcome = result.verdict() == SeamResult.Verdict.REVOKED ? Outcome.REVOKED : Outcome.FAILED;
		return new RevocationOutcome(request.line(), request.sourceLine(), request.userIdentityId(), request.deviceId(),
				outcome, result.httpStatus(), result.errorType(), result.errorMessage(), result.attempts(),
				result.seamRequestId(), clock.instant());
	}

	private RevocationOutcome withoutCall(RevocationRequest request, Outcome outcome, String message) {
		return new RevocationOutcome(request.line(), request.sourceLine(), request.userIdentityId(), request.deviceId(),
				outcome, null, null, message, 0, null, clock.instant());
	}

}
