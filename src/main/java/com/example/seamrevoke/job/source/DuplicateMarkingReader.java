package com.example.seamrevoke.job.source;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Ids;
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
 * committed. Pairs are kept compactly ({@link FirstLineOfPair}), so memory stays small
 * for large files; people, a few per file, by their key or id.
 */
class DuplicateMarkingReader implements ItemStreamReader<RevocationRequest> {

	private final ItemStreamReader<RevocationRequest> delegate;

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	private final FirstLineOfPair firstLineOfPair = new FirstLineOfPair();

	private final Map<String, Long> firstLineOfPerson = new HashMap<>();

	DuplicateMarkingReader(ItemStreamReader<RevocationRequest> delegate, OutcomeRepository outcomes,
			long jobInstanceId) {
		this.delegate = delegate;
		this.outcomes = outcomes;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void open(ExecutionContext context) {
		firstLineOfPair.clear();
		firstLineOfPerson.clear();
		outcomes.forEachByLine(jobInstanceId, this::remember);
		delegate.open(context);
	}

	private void remember(RevocationOutcome done) {
		if (done.outcome() == Outcome.INVALID || done.outcome() == Outcome.DUPLICATE) {
			return;
		}
		if (done.isPerson()) {
			firstLineOfPerson.putIfAbsent(done.personRef(), done.line());
		}
		else if (Ids.isUuid(done.userIdentityId()) && Ids.isUuid(done.deviceId())) {
			firstLineOfPair.putIfAbsent(done.userIdentityId(), done.deviceId(), done.line());
		}
	}

	@Override
	public @Nullable RevocationRequest read() throws Exception {
		RevocationRequest request = delegate.read();
		if (request == null || !request.isValid()) {
			return request;
		}
		if (request.isPerson()) {
			Long first = firstLineOfPerson.putIfAbsent(request.personRef(), request.line());
			return (first == null) ? request : request.asDuplicateOf(first);
		}
		long first = firstLineOfPair.putIfAbsent(request.userIdentityId(), request.deviceId(), request.line());
		return (first == 0) ? request : request.asDuplicateOf(first);
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
