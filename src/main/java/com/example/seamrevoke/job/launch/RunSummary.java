package com.example.seamrevoke.job.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.example.seamrevoke.outcome.Outcome;

import org.springframework.batch.core.BatchStatus;

/**
 * The end-of-run summary an operator (or a scheduler's mail) reads: a small aligned
 * table, then what to do next.
 */
final class RunSummary {

	private RunSummary() {
	}

	static String render(RunReport run) {
		List<String[]> rows = new ArrayList<>();
		for (Outcome outcome : Outcome.values()) {
			if (run.counts().of(outcome) > 0) {
				rows.add(new String[] { outcome.name(), Long.toString(run.counts().of(outcome)) });
			}
		}
		rows.add(new String[] { "rows", Long.toString(run.counts().total()) });
		rows.add(new String[] { "duration", String.format(Locale.ROOT, "%.1f s", run.duration().toMillis() / 1000.0) });
		rows.add(new String[] { "rows/s", String.format(Locale.ROOT, "%.1f", run.rowsPerSecond()) });
		rows.add(new String[] { "429s", Long.toString(run.throttled()) });
		rows.add(new String[] { "retries", Long.toString(run.retries()) });
		rows.add(new String[] { "report", run.reportPath() != null ? run.reportPath() : "not written" });
		String nl = System.lineSeparator();
		StringBuilder text = new StringBuilder();
		long total = run.counts().total();
		text.append("Execution ")
			.append(run.executionId())
			.append(' ')
			.append(run.status())
			.append(": ")
			.append(total)
			.append(" rows (")
			.append(total == 0 ? "none" : run.counts())
			.append(')')
			.append(nl);
		int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
		int numbers = rows.stream().filter(row -> isNumber(row[1])).mapToInt(row -> row[1].length()).max().orElse(0);
		for (String[] row : rows) {
			String value = isNumber(row[1]) ? String.format("%" + numbers + "s", row[1]) : row[1];
			text.append(String.format(Locale.ROOT, "  %-" + width + "s  %s", row[0], value)).append(nl);
		}
		if (!BatchStatus.COMPLETED.name().equals(run.status())) {
			text.append("Stopped: ").append(run.stopReason()).append(nl);
			text.append("Run the same command again to resume where it stopped.").append(nl);
		}
		if (run.rerunCommand() != null) {
			text.append("Rerun the FAILED rows: ").append(run.rerunCommand()).append(nl);
		}
		return text.toString();
	}

	private static boolean isNumber(String value) {
		return value.chars().allMatch(Character::isDigit);
	}

}
