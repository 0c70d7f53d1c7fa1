package com.example.seamrevoke.job.source;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The one class the step-scoped request readers are declared as, whichever source they
 * read: the input, the rows an expansion recorded (positioned by the database, not by the
 * step's execution context), or nothing.
 */
public class ReaderStream<T> implements ItemStreamReader<T> {

	private final ItemReader<T> reader;

	ReaderStream(ItemReader<T> reader) {
		this.reader = reader;
	}

	static <T> ReaderStream<T> empty() {
		return new ReaderStream<>(() -> null);
	}

	@Override
	public @Nullable T read() throws Exception {
		return reader.read();
	}

	@Override
	public void open(ExecutionContext context) {
		if (reader instanceof ItemStreamReader<T> stream) {
			stream.open(context);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (reader instanceof ItemStreamReader<T> stream) {
			stream.update(context);
		}
	}

	@Override
	public void close() {
		if (reader instanceof ItemStreamReader<T> stream) {
			stream.close();
		}
	}

}
