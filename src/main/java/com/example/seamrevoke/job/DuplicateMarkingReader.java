package com.example.seamrevoke.job;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Marks a pair (or a person) already seen in this job instance as a duplicate. It runs on
 * the reader's single thread, so "the first line wins" holds even though items are
 * processed concurrently; on restart it remembers the pairs of the rows already
 * committed.
 */
class DuplicateMarkingReader implements ItemStreamReader<RevocationRequest> {

	private final ItemStreamReader<RevocationRequest> delegate;

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	private final Map<String, Long> firstLineOfPair = new HashMap<>();

	DuplicateMarkingReader(ItemStreamReader<RevocationRequest> delegate, OutcomeRepository outcomes,
			long jobInstanceId) {
		this.delegate = delegate;
		this.outcomes = outcomes;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void open(ExecutionContext context) {
		firstLineOfPair.clear();
		outcomes.forEachByLine(jobInstanceId, this::remember);
		delegate.open(context);
	}

	private void remember(RevocationOutcome done) {
		if (done.outcome() == Outcome.INVALID || done.outcome() == Outcome.DUPLICATE) {
			return;
		}
		String key = done.isPerson() ? RevocationRequest.personKey(done.personRef())
				: RevocationRequest.pairKey(done.userIdentityId(), done.deviceId());
		firstLineOfPair.putIfAbsent(key, done.line());
	}

	@Override
	public @Nullable RevocationRequest read() throws Exception {
		RevocationRequest request = delegate.read();
		if (request == null || !request.isValid()) {
			return request;
		}
		Long first = firstLineOfPair.putIfAbsent(request.pairKey(), request.line());
		return first == null ? request : request.asDuplicateOf(first);
	}

	@Override
	public void update(ExecutionContext context) {
		delegate.update(context);
	}

	@Override
	public void close() {
		delegate.close();
	}

}
