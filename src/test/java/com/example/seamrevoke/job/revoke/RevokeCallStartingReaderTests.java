package com.example.seamrevoke.job.revoke;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.test.MetaDataInstanceFactory;

import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revoke step's read-ahead over an input held in memory and a revoker that only
 * records its calls, each call held back or let through as a test says.
 */
class RevokeCallStartingReaderTests {

	private final StepExecution stepExecution = MetaDataInstanceFactory.createStepExecution();

	private final Calls calls = new Calls();

	private final AtomicBoolean stopRequested = new AtomicBoolean();

	private final List<RevokeCallStartingReader> readers = new ArrayList<>();

	@AfterEach
	void closeReaders() {
		calls.letThrough();
		readers.forEach(RevokeCallStartingReader::close);
	}

	@Nested
	class Window {

		@Test
		void startsAtMostTheWindowOfRowsAheadOfTheRowsHandedOut() throws Exception {
			Rows input = new Rows(30);
			calls.holdBack();
			RevokeCallStartingReader reader = open(input, 2, 4, 10);

			for (int handed = 1; handed <= 10; handed++) {
				reader.read();
				assertThat(input.rowsRead()).as("rows read after %d handed out", handed).isEqualTo(handed + 4);
			}
		}

		@Test
		void neverRunsMoreCallsAtOnceThanThereAreWorkers() throws Exception {
			Rows input = new Rows(12);
			calls.holdBack();
			RevokeCallStartingReader reader = open(input, 3, 8, 10);
			reader.read();
			calls.awaitInFlight(3);

			calls.letThrough();
			readAll(reader);
			reader.close();

			assertThat(calls.peakInFlight()).isEqualTo(3);
			assertThat(calls.started()).containsExactlyInAnyOrderElementsOf(lines(1, 12));
		}

		@Test
		void aWindowSmallerThanTheWorkersIsWidenedSoNoWorkerIdles() throws Exception {
			Rows input = new Rows(30);
			calls.holdBack();
			RevokeCallStartingReader reader = open(input, 4, 1, 10);

			reader.read();

			assertThat(input.rowsRead()).isEqualTo(1 + 4);
		}

	}

	@Nested
	class Order {

		@Test
		void handsRowsOutInInputOrderWhateverOrderTheirCallsEndIn() throws Exception {
			// given: row 1's call answers only once rows 2 and 3 have been answered
			calls.beforeAnswering((line) -> {
				if (line == 1) {
					calls.awaitAnswered(2);
					calls.awaitAnswered(3);
				}
			});
			RevokeCallStartingReader reader = open(new Rows(20), 3, 5, 10);

			// when
			List<InFlightRevocation> handed = readAll(reader);

			// then: every row is handed out in its place, with its own outcome, though
			// rows 2 and 3 were answered first
			assertThat(handed).extracting(InFlightRevocation::line).containsExactlyElementsOf(lines(1, 20));
			RevokeCallAwaitingProcessor awaiting = new RevokeCallAwaitingProcessor();
			for (InFlightRevocation row : handed) {
				RevocationOutcome outcome = awaiting.process(row);
				assertThat(outcome.line()).isEqualTo(row.line());
				assertThat(outcome.deviceId()).isEqualTo(device((int) row.line()));
			}
			assertThat(calls.answered()).containsSubsequence(2L, 1L).containsSubsequence(3L, 1L);
		}

	}

	@Nested
	class SavedPosition {

		@Test
		void isJustAfterTheLastRowHandedOutNotTheLastOneStarted() throws Exception {
			Rows input = new Rows(30);
			calls.holdBack();
			RevokeCallStartingReader reader = open(input, 2, 4, 10);
			for (int i = 0; i < 3; i++) {
				reader.read();
			}

			ExecutionContext saved = new ExecutionContext();
			reader.update(saved);

			assertThat(input.rowsRead()).isEqualTo(7);
			assertThat(saved.getInt(Rows.POSITION)).isEqualTo(3);
		}

		@Test
		void isWhereTheReaderOpenedUntilARowIsHandedOut() throws Exception {
			ExecutionContext restart = new ExecutionContext();
			restart.putInt(Rows.POSITION, 12);
			RevokeCallStartingReader reader = open(new Rows(30), restart, 2, 4, 10);

			ExecutionContext saved = new ExecutionContext();
			reader.update(saved);

			assertThat(saved.getInt(Rows.POSITION)).isEqualTo(12);
		}

		@Test
		void aRestartFromItSkipsNoRowAndRepeatsOnlyTheRowsStartedAhead() throws Exception {
			// given: a run hands out 6 rows, saves its position and dies
			RevokeCallStartingReader first = open(new Rows(30), 2, 4, 10);
			List<InFlightRevocation> handedBefore = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				handedBefore.add(first.read());
			}
			ExecutionContext saved = new ExecutionContext();
			first.update(saved);
			first.close();

			// when: the next run opens where it saved, and ends
			RevokeCallStartingReader next = open(new Rows(30), saved, 2, 4, 10);
			List<InFlightRevocation> handedAfter = readAll(next);
			next.close();

			// then: every row is handed out once; only the 4 started ahead are sent twice
			assertThat(handedBefore).extracting(InFlightRevocation::line).containsExactlyElementsOf(lines(1, 6));
			assertThat(handedAfter).extracting(InFlightRevocation::line).containsExactlyElementsOf(lines(7, 30));
			assertThat(calls.startedTwice()).containsExactlyElementsOf(lines(7, 10));
		}

	}

	@Nested
	class StopRequest {

		@Test
		void startsNothingPastTheChunkInProgressAndStopsTheStepWhenItIsHandedOut() throws Exception {
			// given: chunks of 5, a window of 8; the stop comes while row 3 is handed
			// out, when rows up to 10 (the end of the second chunk) are started
			Rows input = new Rows(30);
			RevokeCallStartingReader reader = open(input, 2, 8, 5);
			reader.read();
			reader.read();
			stopRequested.set(true);

			// when
			List<InFlightRevocation> handed = new ArrayList<>();
			List<Boolean> stepStopping = new ArrayList<>();
			for (InFlightRevocation row = reader.read(); row != null; row = reader.read()) {
				handed.add(row);
				stepStopping.add(stepExecution.isTerminateOnly());
			}
			reader.close();

			// then: rows 3 to 10 are handed out, the step stops with row 10, and no row
			// past 10 was read or sent
			assertThat(handed).extracting(InFlightRevocation::line).containsExactlyElementsOf(lines(3, 10));
			assertThat(stepStopping).containsExactly(false, false, false, false, false, false, false, true);
			assertThat(input.rowsRead()).isEqualTo(10);
			assertThat(calls.started()).containsExactlyInAnyOrderElementsOf(lines(1, 10));
		}

		@Test
		void withoutOneEveryRowIsHandedOutAndTheStepGoesOn() throws Exception {
			RevokeCallStartingReader reader = open(new Rows(23), 2, 8, 5);

			List<InFlightRevocation> handed = readAll(reader);

			assertThat(handed).extracting(InFlightRevocation::line).containsExactlyElementsOf(lines(1, 23));
			assertThat(stepExecution.isTerminateOnly()).isFalse();
		}

	}

	private RevokeCallStartingReader open(Rows input, int concurrency, int window, int chunkSize) {
		return open(input, new ExecutionContext(), concurrency, window, chunkSize);
	}

	private RevokeCallStartingReader open(Rows input, ExecutionContext context, int concurrency, int window,
			int chunkSize) {
		RevokeCallStartingReader reader = new RevokeCallStartingReader(input, calls, concurrency, window, chunkSize,
				stopRequested::get, stepExecution);
		readers.add(reader);
		reader.open(context);
		return reader;
	}

	private static List<InFlightRevocation> readAll(RevokeCallStartingReader reader) throws Exception {
		List<InFlightRevocation> handed = new ArrayList<>();
		for (InFlightRevocation row = reader.read(); row != null; row = reader.read()) {
			handed.add(row);
		}
		return handed;
	}

	private static List<Long> lines(long first, long last) {
		return LongStream.rangeClosed(first, last).boxed().toList();
	}

	/** The input: {@code count} rows, line n for device n, its position saved by line. */
	static final class Rows implements ItemStreamReader<RevocationRequest> {

		static final String POSITION = "rows.position";

		private final int count;

		private final AtomicInteger rowsRead = new AtomicInteger();

		private int position;

		Rows(int count) {
			this.count = count;
		}

		@Override
		public void open(ExecutionContext context) {
			position = context.getInt(POSITION, 0);
		}

		@Override
		public @Nullable RevocationRequest read() {
			if (position == count) {
				return null;
			}
			position++;
			rowsRead.incrementAndGet();
			return RevocationRequest.of(position, position, USER, device(position));
		}

		@Override
		public void update(ExecutionContext context) {
			context.putInt(POSITION, position);
		}

		int rowsRead() {
			return rowsRead.get();
		}

	}

	/**
	 * Stands in for the Seam revoker: records each call, answers REVOKED, and holds the
	 * calls back while a test says so.
	 */
	static final class Calls implements ItemProcessor<RevocationRequest, RevocationOutcome> {

		private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

		private final Queue<Long> started = new ConcurrentLinkedQueue<>();

		private final Queue<Long> answered = new ConcurrentLinkedQueue<>();

		private final Map<Long, CountDownLatch> answers = new ConcurrentHashMap<>();

		private final AtomicInteger inFlight = new AtomicInteger();

		private final AtomicInteger peakInFlight = new AtomicInteger();

		private volatile CountDownLatch gate = new CountDownLatch(0);

		private volatile BeforeAnswer beforeAnswer = (line) -> {
		};

		void holdBack() {
			gate = new CountDownLatch(1);
		}

		void letThrough() {
			gate.countDown();
		}

		void beforeAnswering(BeforeAnswer beforeAnswer) {
			this.beforeAnswer = beforeAnswer;
		}

		@Override
		public RevocationOutcome process(RevocationRequest request) throws Exception {
			started.add(request.line());
			peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				await(gate);
				beforeAnswer.run(request.line());
			}
			finally {
				inFlight.decrementAndGet();
			}
			answered.add(request.line());
			answerOf(request.line()).countDown();
			return RevocationOutcome.builder(request.line(), request.sourceLine(), 0)
				.userIdentityId(request.userIdentityId())
				.deviceId(request.deviceId())
				.outcome(Outcome.REVOKED)
				.seamAnswer(200, null, null, 1, "req_" + request.line())
				.processedAt(NOW)
				.build();
		}

		void awaitAnswered(long line) throws InterruptedException {
			await(answerOf(line));
		}

		void awaitInFlight(int calls) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (inFlight.get() < calls && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
		}

		List<Long> started() {
			return List.copyOf(started);
		}

		List<Long> answered() {
			return List.copyOf(answered);
		}

		int peakInFlight() {
			return peakInFlight.get();
		}

		/** The lines called more than once, in order. */
		List<Long> startedTwice() {
			return started.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
				.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() > 1)
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
		}

		private CountDownLatch answerOf(long line) {
			return answers.computeIfAbsent(line, (key) -> new CountDownLatch(1));
		}

		/**
		 * Waits for a latch, at most a minute, so a broken reader fails rather than
		 * hangs.
		 */
		private static void await(CountDownLatch latch) throws InterruptedException {
			if (!latch.await(1, TimeUnit.MINUTES)) {
				throw new IllegalStateException("waited a minute for a call to be let through");
			}
		}

	}

	@FunctionalInterface
	interface BeforeAnswer {

		void run(long line) throws InterruptedException;

	}

}
