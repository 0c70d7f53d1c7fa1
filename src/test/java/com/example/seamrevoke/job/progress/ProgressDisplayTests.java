package com.example.seamrevoke.job.progress;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.RevocationOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line and its terminal rendering, driven by a fake clock. */
class ProgressDisplayTests {

	private static final String ERASE = "\r\u001b[2K";

	private final MutableClock clock = new MutableClock();

	private final RunProgress progress = new RunProgress();

	@Test
	void lineShouldShowDoneOfTotalRateEtaAndCountsPerOutcome() {
		ProgressMeter meter = new ProgressMeter(progress, 1000L, clock);

		progress.written(rows(Outcome.REVOKED, 180));
		progress.written(rows(Outcome.FAILED, 15));
		progress.written(rows(Outcome.INVALID, 5));
		clock.advance(Duration.ofSeconds(10));

		assertThat(meter.line())
			.isEqualTo("200/1,000 rows (20%), 20.0 rows/s, ETA 0:40: REVOKED 180, FAILED 15, INVALID 5");
	}

	@Test
	void resumedRunShouldCountEarlierRowsAsDoneButNotInItsRate() {
		progress.startFrom(new OutcomeCounts(Map.of(Outcome.REVOKED, 600L)));
		ProgressMeter meter = new ProgressMeter(progress, 1000L, clock);

		progress.written(rows(Outcome.REVOKED, 100));
		clock.advance(Duration.ofSeconds(20));

		assertThat(meter.line()).startsWith("700/1,000 rows (70%), 5.0 rows/s, ETA 1:00: REVOKED 700");
	}

	@Test
	void withoutTotalLineShouldShowDoneAndRateOnly() {
		ProgressMeter meter = new ProgressMeter(progress, null, clock);

		progress.written(rows(Outcome.REVOKED, 30));
		clock.advance(Duration.ofSeconds(3));

		assertThat(meter.line()).isEqualTo("30 rows, 10.0 rows/s: REVOKED 30");
	}

	@Test
	void longRunEtaShouldShowHours() {
		assertThat(ProgressMeter.clockTime(Duration.ofSeconds(3 * 3600 + 62))).isEqualTo("3:01:02");
	}

	@Test
	void liveLineShouldBeRedrawnInPlaceErasedBeforeOtherOutputAndAtTheEnd() throws Exception {
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		OperatorConsole console = OperatorConsole.interactive(new PrintStream(terminal, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		OutputStream log = console.erasingBefore(terminal);
		ProgressMeter meter = new ProgressMeter(progress, 100L, clock);
		AutoCloseable shown = console.showLive(meter::line);

		progress.written(rows(Outcome.REVOKED, 10));
		clock.advance(Duration.ofSeconds(1));
		console.refresh();
		progress.written(rows(Outcome.REVOKED, 10));
		clock.advance(Duration.ofSeconds(1));
		console.refresh();
		log.write("WARN something\n".getBytes(StandardCharsets.UTF_8));
		console.out().println("Resuming");
		console.refresh();
		console.err().println("SIGTERM");
		console.refresh();
		shown.close();
		console.refresh();

		assertThat(terminal.toString(StandardCharsets.UTF_8))
			.isEqualTo(ERASE + "10/100 rows (10%), 10.0 rows/s, ETA 0:09: REVOKED 10" + ERASE
					+ "20/100 rows (20%), 10.0 rows/s, ETA 0:08: REVOKED 20" + ERASE + "WARN something\nResuming\n"
					+ ERASE + "20/100 rows (20%), 10.0 rows/s, ETA 0:08: REVOKED 20" + ERASE + ERASE
					+ "20/100 rows (20%), 10.0 rows/s, ETA 0:08: REVOKED 20" + ERASE);
		assertThat(errors.toString(StandardCharsets.UTF_8)).isEqualTo("SIGTERM" + System.lineSeparator());
	}

	@Test
	void plainConsoleShouldPassTheStreamsItWasGivenAndShowNoLiveLine() {
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		OperatorConsole console = OperatorConsole.plain(out, err);

		assertThat(console.out()).isSameAs(out);
		assertThat(console.err()).isSameAs(err);
		assertThat(console.interactive()).isFalse();
	}

	private static List<RevocationOutcome> rows(Outcome outcome, int count) {
		List<RevocationOutcome> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new RevocationOutcome(i + 2, i + 2, "u", "d", outcome, null, null, null, 1, null, Instant.EPOCH));
		}
		return rows;
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-29T02:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
