package com.example.seamrevoke.job.revoke;

import java.time.Clock;
import java.time.Instant;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.job.support.RowOutcomes;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamResult;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each request into exactly one outcome, sending the removal its target needs:
 * delete an access grant, revoke all entrances of an access-control user, revoke a
 * device, end a client session (docs/offboarding.md). A recorded thing Seam answers as
 * gone ({@code *_not_found} of its own kind) is ALREADY_GONE, not FAILED; a person's
 * device that went with their grants is not sent at all. Thread-safe:
 * {@link RevokeCallStartingReader} runs it on several workers at once. A permanent
 * rejection is a FAILED value, not an exception, so it is written in the chunk
 * transaction like every other row and the framework never repeats a call.
 */
class SeamRevoker implements ItemProcessor<RevocationRequest, RevocationOutcome> {

	private final SeamClient seam;

	private final RowOutcomes rows;

	private final GrantedDevices grantedDevices;

	private final Clock clock;

	SeamRevoker(SeamClient seam, boolean dryRun, GrantedDevices grantedDevices, Clock clock) {
		this.seam = seam;
		this.rows = new RowOutcomes(dryRun, clock);
		this.grantedDevices = grantedDevices;
		this.clock = clock;
	}

	@Override
	public RevocationOutcome process(RevocationRequest request) {
		RevocationOutcome settled = rows.settledWithoutSeam(request);
		if (settled != null) {
			return settled;
		}
		if (grantedDevices.wentWithTheGrants(request)) {
			return rows.withoutCall(request, Outcome.ALREADY_GONE, GrantedDevices.GONE);
		}
		Instant requestedAt = clock.instant();
		SeamResult result = send(request);
		Outcome outcome = result.succeeded() ? Outcome.REVOKED
				: alreadyGone(request, result) ? Outcome.ALREADY_GONE : Outcome.FAILED;
		RevocationOutcome row = rows.withResult(request, request.userIdentityId(), outcome, result);
		return outcome == Outcome.FAILED ? row : row.toBuilder().requestedAt(requestedAt).build();
	}

	private SeamResult send(RevocationRequest request) {
		Target target = request.target();
		TargetKind kind = (target == null) ? TargetKind.DEVICE : target.kind();
		return switch (kind) {
			case ACCESS_GRANT -> seam.deleteAccessGrant(target.id());
			case ACS_USER -> seam.revokeAccessToAllEntrances(target.id());
			case CLIENT_SESSION -> seam.revokeClientSession(target.id());
			case DEVICE, ACS_ENTRANCE -> seam.revoke(request.userIdentityId(), request.deviceId());
		};
	}

	/**
	 * Seam says the thing this run recorded no longer exists: a removal sent before a
	 * crash, or done by someone else. A pair file's {@code device_not_found} stays
	 * FAILED: the operator named a pair that does not exist.
	 */
	private static boolean alreadyGone(RevocationRequest request, SeamResult result) {
		Target recorded = request.recordedTarget();
		return recorded != null && result.verdict() == SeamResult.Verdict.REJECTED
				&& recorded.kind().notFoundType().equals(result.errorType());
	}

}
