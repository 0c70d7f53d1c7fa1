package com.example.seamrevoke.job;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

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
			return withoutCall(request, Outcome.INVALID, request.invalidReason(), clock);
		}
		if (request.isDuplicate()) {
			return withoutCall(request, Outcome.DUPLICATE,
					(request.isPerson() ? "same person as line " : "same pair as line ") + request.duplicateOf(),
					clock);
		}
		if (dryRun) {
			return withoutCall(request, Outcome.DRY_RUN, null, clock);
		}
		SeamResult result = seam.revoke(request.userIdentityId(), request.deviceId());
		return withResult(request, request.userIdentityId(), result.succeeded() ? Outcome.REVOKED : Outcome.FAILED,
				result, clock);
	}

	static RevocationOutcome withoutCall(RevocationRequest request, Outcome outcome, @Nullable String message,
			Clock clock) {
		return new RevocationOutcome(request.line(), request.sourceLine(), request.userIdentityId(), request.deviceId(),
				outcome, null, null, message, 0, null, clock.instant(), request.item(), request.userIdentityKey(),
				request.personRef(), null, null);
	}

	static RevocationOutcome withResult(RevocationRequest request, String userIdentityId, Outcome outcome,
			SeamResult result, Clock clock) {
		return new RevocationOutcome(request.line(), request.sourceLine(), userIdentityId, request.deviceId(), outcome,
				result.httpStatus(), result.errorType(), result.errorMessage(), result.attempts(),
				result.seamRequestId(), clock.instant(), request.item(), request.userIdentityKey(), request.personRef(),
				null, null);
	}

}
