package com.example.seamrevoke.job.source;

import java.util.BitSet;
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
 * processed concurrently. Pairs are kept compactly ({@link FirstLineOfPair}), so memory
 * stays small for large files; people, a few per file, by their key or id.
 *
 * <p>
 * On a restart the outcome table, not the stored reader position, says which rows are
 * done (docs/crash-safety.md, "How a run resumes"): the input is read from its start, a
 * row whose own outcome is stored is passed over (it keeps that outcome, nothing is
 * sent), and the stored rows' pairs are remembered, so only another line's pair makes a
 * duplicate. A stored position can be behind the table (Spring Batch saves a restarted
 * step's position only at its first commit) or ahead of it (after a failed commit).
 */
class DuplicateMarkingReader implements ItemStreamReader<RevocationRequest> {

	private final ItemStreamReader<RevocationRequest> delegate;

	private final OutcomeRepository outcomes;

	private final long jobInstanceId;

	private final FirstLineOfPair firstLineOfPair = new FirstLineOfPair();

	private final Map<String, Long> firstLineOfPerson = new HashMap<>();

	/** Lines whose row (item 0: a pair, a person, an invalid row) is stored. */
	private final BitSet linesDone = new BitSet();

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
		linesDone.clear();
		outcomes.forEachByLine(jobInstanceId, this::remember);
		delegate.open(new ExecutionContext());
	}

	private void remember(RevocationOutcome done) {
		if (done.item() == 0) {
			linesDone.set(Math.toIntExact(done.line()));
		}
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
		for (RevocationRequest request = delegate.read(); request != null; request = delegate.read()) {
			if (request.item() == 0 && linesDone.get(Math.toIntExact(request.line()))) {
				continue;
			}
			if (!request.isValid()) {
				return request;
			}
			long first = firstLineOf(request);
			if (first == 0) {
				return request;
			}
			if (first != request.line()) {
				return request.asDuplicateOf(first);
			}
			// a device row of a rerun whose own outcome is stored: it keeps it
		}
		return null;
	}

	private long firstLineOf(RevocationRequest request) {
		if (request.isPerson()) {
			Long first = firstLineOfPerson.putIfAbsent(request.personRef(), request.line());
			return first == null ? 0 : first;
		}
		return firstLineOfPair.putIfAbsent(request.userIdentityId(), request.deviceId(), request.line());
	}

	@Override
	public void update(ExecutionContext context) {
		// no position is saved: the table is the position
	}

	@Override
	public void close() {
		delegate.close();
	}

}
