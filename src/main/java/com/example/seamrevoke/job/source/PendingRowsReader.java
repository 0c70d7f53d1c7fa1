package com.example.seamrevoke.job.source;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The revoke step's source after an expansion: the PENDING rows the expand step recorded,
 * in (line, item) order, a page at a time. A row leaves PENDING in the chunk that revokes
 * it, so a restart reads exactly the recorded rows not revoked yet, and never asks Seam
 * for the devices again.
 */
class PendingRowsReader implements ItemReader<RevocationRequest> {

	private static final int PAGE = 500;

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	private final Deque<RevocationOutcome> page = new ArrayDeque<>();

	private long lastLine;

	private int lastItem = -1;

	private boolean exhausted;

	private final boolean grants;

	/** {@code grants}: the rows acting on access grants, or every other row. */
	PendingRowsReader(OutcomeRepository outcomes, long jobInstanceId, boolean grants) {
		this.outcomes = outcomes;
		this.jobInstanceId = jobInstanceId;
		this.grants = grants;
	}

	@Override
	public @Nullable RevocationRequest read() {
		if (page.isEmpty() && !exhausted) {
			page.addAll(outcomes.findPending(jobInstanceId, grants, lastLine, lastItem, PAGE));
			exhausted = page.size() < PAGE;
		}
		RevocationOutcome pending = page.poll();
		if (pending == null) {
			return null;
		}
		lastLine = pending.line();
		lastItem = pending.item();
		if (pending.target() != null && pending.isPerson()) {
			return RevocationRequest.recorded(pending.line(), pending.item(), pending.sourceLine(),
					pending.userIdentityId(), pending.target(), pending.userIdentityKey(), pending.personRef());
		}
		return RevocationRequest.device(pending.line(), pending.item(), pending.sourceLine(), pending.userIdentityId(),
				pending.deviceId(), pending.userIdentityKey(), pending.personRef());
	}

}
