package com.example.seamrevoke.job.support;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamResult;

/**
 * The one place a request becomes an outcome row: settled without Seam (invalid,
 * duplicate, dry run), recorded without a call (PENDING), or with Seam's answer.
 */
public final class RowOutcomes {

	private final boolean dryRun;

	private final Clock clock;

	public RowOutcomes(boolean dryRun, Clock clock) {
		this.dryRun = dryRun;
		this.clock = clock;
	}

	/**
	 * The outcome of a request that must not reach Seam (invalid, a duplicate, or any
	 * request of a dry run), or {@code null} when it needs a call.
	 */
	public @Nullable RevocationOutcome settledWithoutSeam(RevocationRequest request) {
		if (!request.isValid()) {
			return withoutCall(request, Outcome.INVALID, request.invalidReason());
		}
		if (request.isDuplicate()) {
			return withoutCall(request, Outcome.DUPLICATE,
					(request.isPerson() ? "same person as line " : "same pair as line ") + request.duplicateOf());
		}
		return dryRun ? withoutCall(request, Outcome.DRY_RUN, null) : null;
	}

	public RevocationOutcome withoutCall(RevocationRequest request, Outcome outcome, @Nullable String message) {
		return row(request, request.userIdentityId()).outcome(outcome).errorMessage(message).build();
	}

	public RevocationOutcome withResult(RevocationRequest request, String userIdentityId, Outcome outcome,
			SeamResult result) {
		return row(request, userIdentityId).outcome(outcome)
			.seamAnswer(result.httpStatus(), result.errorType(), result.errorMessage(), result.attempts(),
					result.seamRequestId())
			.build();
	}

	private RevocationOutcome.Builder row(RevocationRequest request, String userIdentityId) {
		return RevocationOutcome.builder(request.line(), request.sourceLine(), request.item())
			.userIdentityId(userIdentityId)
			.deviceId(request.deviceId())
			.person(request.userIdentityKey(), request.personRef())
			.target(request.target())
			.processedAt(clock.instant());
	}

}
