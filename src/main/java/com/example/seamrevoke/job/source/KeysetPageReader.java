package com.example.seamrevoke.job.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads rows from the database a page at a time in key order, each page the rows after
 * the last key handed out: rows the step moves out of the query as it writes them (a
 * PENDING row revoked, a row verified) never shift a page, as they would with an offset.
 * A page is read outside the chunk transaction, so that transaction takes no connection
 * until it writes ({@link LazyChunkConnections}). Spring Batch's
 * {@code JdbcPagingItemReader} reads inside it, and the chunk would hold a connection
 * through its workers' calls to Seam.
 *
 * <p>
 * On a restart it starts from the first key, for a query that leaves out what is done, or
 * from the last key saved with the chunk ({@link Position}) for one that does not.
 */
public final class KeysetPageReader<T, K> implements ItemStreamReader<T> {

	/** At most {@code size} rows after {@code key}, in key order. */
	@FunctionalInterface
	public interface PageQuery<T, K> {

		List<T> after(K key, int size);

	}

	/** The last key handed out, kept in the step's execution context. */
	public interface Position<K> {

		K restore(ExecutionContext context, K first);

		void save(ExecutionContext context, K last);

	}

	private final PageQuery<T, K> query;

	private final Function<T, K> keyOf;

	private final K first;

	private final int pageSize;

	private final @Nullable Position<K> position;

	private final TransactionTemplate outsideChunkTransaction;

	private final Deque<T> page = new ArrayDeque<>();

	private K last;

	private boolean exhausted;

	private KeysetPageReader(PageQuery<T, K> query, Function<T, K> keyOf, K first, int pageSize,
			@Nullable Position<K> position, PlatformTransactionManager transactionManager) {
		this.query = query;
		this.keyOf = keyOf;
		this.first = first;
		this.pageSize = pageSize;
		this.position = position;
		this.outsideChunkTransaction = new TransactionTemplate(transactionManager);
		this.outsideChunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.last = first;
	}

	/**
	 * For a query whose rows leave it as they are written: a restart reads what is left
	 * from the first key.
	 */
	public static <T, K> KeysetPageReader<T, K> fromFirst(PageQuery<T, K> query, Function<T, K> keyOf, K first,
			int pageSize, PlatformTransactionManager transactionManager) {
		return new KeysetPageReader<>(query, keyOf, first, pageSize, null, transactionManager);
	}

	/** For a query whose rows stay: a restart goes on after the last key committed. */
	public static <T, K> KeysetPageReader<T, K> restartingAfter(Position<K> position, PageQuery<T, K> query,
			Function<T, K> keyOf, K first, int pageSize, PlatformTransactionManager transactionManager) {
		return new KeysetPageReader<>(query, keyOf, first, pageSize, position, transactionManager);
	}

	@Override
	public void open(ExecutionContext context) {
		last = (position != null) ? position.restore(context, first) : first;
		page.clear();
		exhausted = false;
	}

	@Override
	public @Nullable T read() {
		if (page.isEmpty() && !exhausted) {
			List<T> next = outsideChunkTransaction.execute(status -> query.after(last, pageSize));
			page.addAll(next);
			exhausted = next.size() < pageSize;
		}
		T row = page.poll();
		if (row != null) {
			last = keyOf.apply(row);
		}
		return row;
	}

	@Override
	public void update(ExecutionContext context) {
		if (position != null) {
			position.save(context, last);
		}
	}

}
