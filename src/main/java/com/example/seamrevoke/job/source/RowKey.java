package com.example.seamrevoke.job.source;

import com.example.seamrevoke.input.RevocationRequest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A row of the outcome table by its (line, item) key, the order rows are read back in.
 */
record RowKey(long line, int item) {

	/** Before every row: lines and items are never negative. */
	static final RowKey FIRST = new RowKey(0, -1);

	static RowKey of(RevocationRequest request) {
		return new RowKey(request.line(), request.item());
	}

	/** Saved under two keys of the step's execution context. */
	static KeysetPageReader.Position<RowKey> savedAs(String lineKey, String itemKey) {
		return new KeysetPageReader.Position<>() {

			@Override
			public RowKey restore(ExecutionContext context, RowKey first) {
				return context.containsKey(lineKey)
						? new RowKey(context.getLong(lineKey), context.getInt(itemKey, Integer.MAX_VALUE)) : first;
			}

			@Override
			public void save(ExecutionContext context, RowKey last) {
				context.putLong(lineKey, last.line());
				context.putInt(itemKey, last.item());
			}

		};
	}

}
