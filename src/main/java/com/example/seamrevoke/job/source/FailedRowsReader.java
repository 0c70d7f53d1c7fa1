package com.example.seamrevoke.job.source;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rerun source: the FAILED rows of an earlier job instance, in (line, item) order, a
 * page at a time. Each keeps its original line and item; a person whose lookup FAILED is
 * a person again (expanded anew), a person's device is that device only. Restartable by
 * the last row handed out. A page is read outside the chunk transaction, so that
 * transaction takes no connection until it writes ({@link LazyChunkConnections}).
 */
class FailedRowsReader implements ItemStreamReader<RevocationRequest> {

	static final String LAST_LINE = "rerun.lastLine";

	static final String LAST_ITEM = "rerun.lastItem";

	private static final int PAGE = 500;

	private final OutcomeRepository outcomes;

	private final TransactionTemplate outsideChunkTransaction;

	private final long sourceInstanceId;

	private final Deque<RevocationOutcome> page = new ArrayDeque<>();

	private long lastLine;

	private int lastItem;

	private boolean exhausted;

	FailedRowsReader(OutcomeRepository outcomes, PlatformTransactionManager transactionManager, long sourceInstanceId) {
		this.outcomes = outcomes;
		this.outsideChunkTransaction = new TransactionTemplate(transactionManager);
		this.outsideChunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.sourceInstanceId = sourceInstanceId;
	}

	@Override
	public void open(ExecutionContext context) {
		lastLine = context.getLong(LAST_LINE, 0L);
		lastItem = context.getInt(LAST_ITEM, Integer.MAX_VALUE);
		page.clear();
		exhausted = false;
	}

	@Override
	public @Nullable RevocationRequest read() {
		if (page.isEmpty() && !exhausted) {
			page.addAll(outsideChunkTransaction
				.execute(status -> outcomes.findByOutcome(sourceInstanceId, Outcome.FAILED, lastLine, lastItem, PAGE)));
			exhausted = page.size() < PAGE;
		}
		RevocationOutcome failed = page.poll();
		if (failed == null) {
			return null;
		}
		lastLine = failed.line();
		lastItem = failed.item();
		if (failed.isPerson() && failed.target() != null) {
			return RevocationRequest.recorded(failed.line(), failed.item(), failed.line(), failed.userIdentityId(),
					failed.target(), failed.userIdentityKey(), failed.personRef());
		}
		if (failed.isPerson() && failed.deviceId().isEmpty()) {
			return new RevocationRequest(failed.line(), failed.line(), failed.userIdentityId(), "", null, null,
					failed.item(), failed.userIdentityKey(), failed.personRef(), null);
		}
		return RevocationRequest.device(failed.line(), failed.item(), failed.line(), failed.userIdentityId(),
				failed.deviceId(), failed.userIdentityKey(), failed.personRef());
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(LAST_LINE, lastLine);
		context.putInt(LAST_ITEM, lastItem);
	}

}
