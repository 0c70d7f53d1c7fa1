package com.example.seamrevoke.job.verify;

import java.util.List;

import com.example.seamrevoke.job.source.KeysetPageReader;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The verify step's source: the user identities whose rows are not verified yet, in id
 * order, a page at a time, each with its rows. A row is verified in the chunk that checks
 * its identity, so a restart goes on with exactly the identities still unchecked.
 */
final class IdentitiesToVerify {

	private static final int PAGE = 200;

	/** Sorts before every user identity id. */
	private static final String FIRST = "";

	private IdentitiesToVerify() {
	}

	static ItemStreamReader<IdentityToVerify> reader(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, long jobInstanceId, VerifyScope scope) {
		boolean pairsToo = scope == VerifyScope.ALL_ROWS;
		KeysetPageReader.PageQuery<IdentityToVerify, String> page = (after, size) -> {
			if (scope == VerifyScope.NOTHING) {
				return List.of();
			}
			return outcomes.identitiesToVerify(jobInstanceId, pairsToo, after, size)
				.stream()
				.map(id -> new IdentityToVerify(id, outcomes.rowsToVerify(jobInstanceId, pairsToo, id)))
				.toList();
		};
		return KeysetPageReader.fromFirst(page, IdentityToVerify::userIdentityId, FIRST, PAGE, transactionManager);
	}

}
