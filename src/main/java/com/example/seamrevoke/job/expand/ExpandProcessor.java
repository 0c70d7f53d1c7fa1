package com.example.seamrevoke.job.expand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.job.support.RowOutcomes;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;
import com.example.seamrevoke.seam.SeamResult;
import com.example.seamrevoke.seam.UserIdentity;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Expands a person to the devices Seam lists for them: one PENDING row per device, all on
 * the person's line, so the revoke step revokes exactly this recorded set even after a
 * crash. A person Seam does not know is FAILED with Seam's error type; a person with no
 * device is one NOTHING_TO_REVOKE row. A pair (a rerun of one person's device) is
 * recorded PENDING as it is. Thread-safe: the step runs it on several workers at once.
 */
class ExpandProcessor implements ItemProcessor<RevocationRequest, List<RevocationOutcome>> {

	private final SeamClient seam;

	private final RowOutcomes rows;

	ExpandProcessor(SeamClient seam, boolean dryRun, Clock clock) {
		this.seam = seam;
		this.rows = new RowOutcomes(dryRun, clock);
	}

	@Override
	public List<RevocationOutcome> process(RevocationRequest request) {
		RevocationOutcome settled = rows.settledWithoutSeam(request);
		if (settled != null) {
			return List.of(settled);
		}
		if (!request.isPerson()) {
			return List.of(rows.withoutCall(request, Outcome.PENDING, null));
		}
		SeamLookup<UserIdentity> identity = seam.getUserIdentity(request.userIdentityId(), request.userIdentityKey());
		if (!identity.found()) {
			return List.of(rows.withResult(request, request.userIdentityId(), Outcome.FAILED, identity.result()));
		}
		UserIdentity person = identity.value();
		RevocationRequest resolved = new RevocationRequest(request.line(), request.sourceLine(),
				person.userIdentityId(), "", null, null, 0,
				person.userIdentityKey() != null ? person.userIdentityKey() : request.userIdentityKey(),
				request.personRef());
		SeamLookup<List<SeamResource>> devices = seam.listAccessibleDevices(person.userIdentityId());
		SeamResult listed = withAttempts(devices.result(), identity.result().attempts() + devices.result().attempts());
		if (!devices.found()) {
			return List.of(rows.withResult(resolved, person.userIdentityId(), Outcome.FAILED, listed));
		}
		if (devices.value().isEmpty()) {
			return List.of(rows.withResult(resolved, person.userIdentityId(), Outcome.NOTHING_TO_REVOKE, listed));
		}
		return pending(resolved, devices.value());
	}

	private List<RevocationOutcome> pending(RevocationRequest person, List<SeamResource> devices) {
		Set<String> deviceIds = new LinkedHashSet<>();
		devices.forEach(device -> deviceIds.add(device.id()));
		List<RevocationOutcome> pending = new ArrayList<>();
		for (String deviceId : deviceIds) {
			RevocationRequest device = RevocationRequest.device(person.line(), pending.size(), person.sourceLine(),
					person.userIdentityId(), deviceId, person.userIdentityKey(), person.personRef());
			pending.add(rows.withoutCall(device, Outcome.PENDING, null));
		}
		return pending;
	}

	private static SeamResult withAttempts(SeamResult result, int attempts) {
		return new SeamResult(result.verdict(), result.httpStatus(), result.errorType(), result.errorMessage(),
				attempts, result.seamRequestId());
	}

}
