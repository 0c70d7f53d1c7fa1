package com.example.seamrevoke.job.source;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.transaction.PlatformTransactionManager;

/**
 * Requests read back from the outcome table, in (line, item) order, a page at a time
 * ({@link KeysetPageReader}).
 */
final class RecordedRows {

	static final String LAST_LINE = "rerun.lastLine";

	static final String LAST_ITEM = "rerun.lastItem";

	private static final int PAGE = 500;

	private RecordedRows() {
	}

	/**
	 * The revoke step's source after an expansion: the PENDING rows the expand step
	 * recorded. A row leaves PENDING in the chunk that revokes it, so a restart reads
	 * exactly the recorded rows not revoked yet, and never asks Seam for the devices
	 * again.
	 */
	static KeysetPageReader<RevocationRequest, RowKey> pending(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, long jobInstanceId) {
		return KeysetPageReader.fromFirst((after, size) -> outcomes
			.findByOutcome(jobInstanceId, Outcome.PENDING, after.line(), after.item(), size)
			.stream()
			.map(RecordedRows::device)
			.toList(), RowKey::of, RowKey.FIRST, PAGE, transactionManager);
	}

	/**
	 * The rerun source: the FAILED rows of an earlier job instance. Each keeps its
	 * original line and item; a person whose lookup FAILED is a person again (expanded
	 * anew), a person's device is that device only. Those rows never change, so a restart
	 * goes on after the last row committed.
	 */
	static KeysetPageReader<RevocationRequest, RowKey> failed(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, long sourceInstanceId) {
		return KeysetPageReader.restartingAfter(RowKey.savedAs(LAST_LINE, LAST_ITEM),
				(after, size) -> outcomes
					.findByOutcome(sourceInstanceId, Outcome.FAILED, after.line(), after.item(), size)
					.stream()
					.map(RecordedRows::rerun)
					.toList(),
				RowKey::of, RowKey.FIRST, PAGE, transactionManager);
	}

	private static RevocationRequest device(RevocationOutcome row) {
		return RevocationRequest.device(row.line(), row.item(), row.sourceLine(), row.userIdentityId(), row.deviceId(),
				row.userIdentityKey(), row.personRef());
	}

	private static RevocationRequest rerun(RevocationOutcome failed) {
		if (failed.isPerson() && failed.deviceId().isEmpty()) {
			return new RevocationRequest(failed.line(), failed.line(), failed.userIdentityId(), "", null, null,
					failed.item(), failed.userIdentityKey(), failed.personRef());
		}
		return RevocationRequest.device(failed.line(), failed.item(), failed.line(), failed.userIdentityId(),
				failed.deviceId(), failed.userIdentityKey(), failed.personRef());
	}

}
