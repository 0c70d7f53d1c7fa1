package com.example.seamrevoke.job.verify;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The verify step's source: the user identities whose rows are not verified yet, in id
 * order, a page at a time. A row is verified in the chunk that checks its identity, so a
 * restart goes on with exactly the identities still unchecked.
 */
class IdentitiesToVerifyReader implements ItemReader<String> {

	private static final int PAGE = 200;

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	private final VerifyScope scope;

	private final Deque<String> page = new ArrayDeque<>();

	private String lastId = "";

	private boolean exhausted;

	IdentitiesToVerifyReader(OutcomeRepository outcomes, long jobInstanceId, VerifyScope scope) {
		this.outcomes = outcomes;
		this.jobInstanceId = jobInstanceId;
		this.scope = scope;
		this.exhausted = scope == VerifyScope.NOTHING;
	}

	@Override
	public @Nullable String read() {
		if (page.isEmpty() && !exhausted) {
			page.addAll(outcomes.identitiesToVerify(jobInstanceId, scope == VerifyScope.ALL_ROWS, lastId, PAGE));
			exhausted = page.size() < PAGE;
		}
		String next = page.poll();
		if (next != null) {
			lastId = next;
		}
		return next;
	}

}
