package com.example.seamrevoke.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Keeps every worker busy across chunk boundaries (docs/architecture.md, "The revoke
 * step's reader starts the calls"): it reads rows in order and starts their calls on
 * {@code concurrency} workers up to {@code window} rows ahead of the chunk being filled,
 * so the workers go on while a chunk waits for its slowest row, is written and commits.
 *
 * <p>
 * The saved position is the one just after the last row handed to a chunk, never a row
 * only started: a restart never skips a line, and at most the uncommitted chunk plus the
 * window is sent again (idempotent on Seam's side). On a stop request it starts nothing
 * past the end of the chunk in progress and asks the step to stop once that chunk holds
 * every started row, so a SIGTERM repeats nothing.
 */
class ReadAheadReader implements ItemStreamReader<InFlightRevocation> {

	private final ItemStreamReader<RevocationRequest> source;

	private final ItemProcessor<RevocationRequest, RevocationOutcome> processor;

	private final int concurrency;

	private final int window;

	private final int chunkSize;

	private final BooleanSupplier stopRequested;

	private final StepExecution stepExecution;

	private final Deque<InFlightRevocation> started = new ArrayDeque<>();

	private @Nullable ExecutorService workers;

	private Map<String, Object> handedPosition = Map.of();

	private boolean sourceExhausted;

	private long handed;

	private long startLimit = Long.MAX_VALUE;

	ReadAheadReader(ItemStreamReader<RevocationRequest> source,
			ItemProcessor<RevocationRequest, RevocationOutcome> processor, int concurrency, int window, int chunkSize,
			BooleanSupplier stopRequested, StepExecution stepExecution) {
		this.source = source;
		this.processor = processor;
		this.concurrency = concurrency;
		this.window = Math.max(window, concurrency);
		this.chunkSize = chunkSize;
		this.stopRequested = stopRequested;
		this.stepExecution = stepExecution;
	}

	@Override
	public void open(ExecutionContext context) {
		source.open(context);
		handedPosition = position();
		started.clear();
		sourceExhausted = false;
		handed = 0;
		startLimit = Long.MAX_VALUE;
		AtomicInteger number = new AtomicInteger();
		workers = Executors.newFixedThreadPool(concurrency, task -> {
			Thread thread = new Thread(task, "revoke-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public @Nullable InFlightRevocation read() throws Exception {
		startUpToWindow();
		InFlightRevocation next = started.poll();
		if (next == null) {
			return null;
		}
		handed++;
		handedPosition = next.positionAfter();
		stopAtChunkEndIfAsked();
		startUpToWindow();
		return next;
	}

	private void startUpToWindow() throws Exception {
		while (!sourceExhausted && started.size() < window && handed + started.size() < startLimit) {
			RevocationRequest request = source.read();
			if (request == null) {
				sourceExhausted = true;
				return;
			}
			CompletableFuture<RevocationOutcome> outcome = CompletableFuture.supplyAsync(() -> process(request),
					workers);
			started.add(new InFlightRevocation(request.line(), outcome, position()));
		}
	}

	private RevocationOutcome process(RevocationRequest request) {
		try {
			return processor.process(request);
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Once asked to stop: start nothing past the end of the chunk that holds the last
	 * started row, and stop the step when the row that ends it is handed out.
	 */
	private void stopAtChunkEndIfAsked() {
		if (startLimit == Long.MAX_VALUE && stopRequested.getAsBoolean()) {
			long lastStarted = handed + started.size();
			startLimit = (lastStarted + chunkSize - 1) / chunkSize * chunkSize;
		}
		if (handed == startLimit) {
			stepExecution.setTerminateOnly();
		}
	}

	private Map<String, Object> position() {
		ExecutionContext snapshot = new ExecutionContext();
		source.update(snapshot);
		return Map.copyOf(snapshot.toMap());
	}

	@Override
	public void update(ExecutionContext context) {
		handedPosition.forEach(context::put);
	}

	@Override
	public void close() {
		ExecutorService running = workers;
		workers = null;
		started.clear();
		if (running != null) {
			running.shutdown();
			try {
				if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
					running.shutdownNow();
				}
			}
			catch (InterruptedException e) {
				running.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
		source.close();
	}

}
