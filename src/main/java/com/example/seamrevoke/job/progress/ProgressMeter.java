package com.example.seamrevoke.job.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.OutcomeCounts;

/**
 * One line of progress: rows done (of the total when it is known), rate, time left and
 * counts per outcome. The rate is this execution's, so a resumed run is not flattered by
 * the rows an earlier one did.
 */
final class ProgressMeter {

	private final RunProgress progress;

	private final @Nullable Long total;

	private final Clock clock;

	private final Instant started;

	ProgressMeter(RunProgress progress, @Nullable Long total, Clock clock) {
		this.progress = progress;
		this.total = total;
		this.clock = clock;
		this.started = clock.instant();
	}

	String line() {
		OutcomeCounts counts = progress.counts();
		long done = counts.total();
		double seconds = Math.max(Duration.between(started, clock.instant()).toMillis(), 1) / 1000.0;
		double rate = progress.thisExecution() / seconds;
		StringBuilder line = new StringBuilder();
		if (total != null && total > 0) {
			line.append(
					String.format(Locale.ROOT, "%,d/%,d rows (%d%%)", done, total, Math.min(100, done * 100 / total)));
		}
		else {
			line.append(String.format(Locale.ROOT, "%,d rows", done));
		}
		line.append(String.format(Locale.ROOT, ", %.1f rows/s", rate));
		if (total != null && rate > 0 && done < total) {
			line.append(", ETA ").append(clockTime(Duration.ofSeconds((long) Math.ceil((total - done) / rate))));
		}
		if (done > 0) {
			line.append(": ").append(counts);
		}
		return line.toString();
	}

	static String clockTime(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 3600)
				? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}

}
