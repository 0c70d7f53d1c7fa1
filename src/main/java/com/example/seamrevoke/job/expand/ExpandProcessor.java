package com.example.seamrevoke.job.expand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.job.support.RowOutcomes;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.UserIdentity;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Expands a person to everything Seam lists for them ({@link PersonRoads}): one PENDING
 * row per access grant, access-control user, device (and client session when asked), all
 * on the person's line and written in one chunk, so the removal steps act on exactly this
 * recorded set even after a crash (docs/offboarding.md). A person Seam does not know, or
 * whose roads Seam does not list, is FAILED with Seam's error type; a person with nothing
 * is one NOTHING_TO_REVOKE row. A recorded row (a rerun of a FAILED one) is recorded
 * PENDING as it is. Thread-safe: the step runs it on several workers at once.
 */
class ExpandProcessor implements ItemProcessor<RevocationRequest, List<RevocationOutcome>> {

	private final SeamClient seam;

	private final RowOutcomes rows;

	private final PersonRoads roads;

	private final Outcome recordedAs;

	/**
	 * {@code preview}: the rows are PLANNED, which no removal step reads (only read-only
	 * calls are made).
	 */
	ExpandProcessor(SeamClient seam, boolean dryRun, boolean preview, boolean clientSessions, Clock clock) {
		this.seam = seam;
		this.recordedAs = preview ? Outcome.PLANNED : Outcome.PENDING;
		this.rows = new RowOutcomes(dryRun, clock);
		this.roads = new PersonRoads(seam, clientSessions);
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
		RevocationRequest resolved = request.resolvedAs(person.userIdentityId(), person.userIdentityKey());
		PersonRoads.Found found = roads.of(person.userIdentityId(), identity.result().attempts());
		if (!found.complete()) {
			return List.of(rows.withResult(resolved, person.userIdentityId(), Outcome.FAILED, found.result()));
		}
		if (found.targets().isEmpty()) {
			return List
				.of(rows.withResult(resolved, person.userIdentityId(), Outcome.NOTHING_TO_REVOKE, found.result()));
		}
		return recorded(resolved, found.targets());
	}

	/** One row per thing to remove, numbered in the order they are removed. */
	private List<RevocationOutcome> recorded(RevocationRequest person, List<Target> targets) {
		List<RevocationOutcome> recorded = new ArrayList<>();
		for (Target target : targets) {
			RevocationRequest row = RevocationRequest.recorded(person.line(), recorded.size(), person.sourceLine(),
					person.userIdentityId(), target, person.userIdentityKey(), person.personRef());
			recorded.add(rows.withoutCall(row, recordedAs, null));
		}
		return recorded;
	}

}
