package com.example.seamrevoke.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.job.launch.PeopleSummary;
import com.example.seamrevoke.job.launch.RunReport;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.safety.AtomicFiles;

/**
 * {@code --summary-json=FILE}: the run's summary for monitoring, in the schema
 * docs/formats.md, "Summary for monitoring", fixes, written whole or not at all
 * ({@link AtomicFiles}).
 */
final class SummaryJson {

	static final int SCHEMA_VERSION = 1;

	private static final ObjectWriter JSON = JsonMapper.shared().writerWithDefaultPrettyPrinter();

	private SummaryJson() {
	}

	static void write(Path file, int exitCode, Instant start, Instant end, List<RunReport> runs, @Nullable String error)
			throws IOException {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("schemaVersion", SCHEMA_VERSION);
		summary.put("exitCode", exitCode);
		summary.put("start", utc(start));
		summary.put("end", utc(end));
		summary.put("error", error);
		Map<String, Long> total = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			total.put(outcome.name(), runs.stream().mapToLong(run -> run.counts().of(outcome)).sum());
		}
		summary.put("counts", total);
		summary.put("runs", runs.stream().map(SummaryJson::run).toList());
		String json = JSON.writeValueAsString(summary) + "\n";
		AtomicFiles.write(file, out -> out.write(json));
	}

	private static Map<String, Object> run(RunReport run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("input", run.input() == null ? null : run.input().toString());
		json.put("exitCode", ExitCode.of(run.result()));
		json.put("result", run.result().name());
		json.put("executionId", run.executionId());
		json.put("status", run.status());
		json.put("start", utc(run.start()));
		json.put("end", utc(run.end()));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome.name(), run.counts().of(outcome));
		}
		json.put("counts", counts);
		json.put("rows", run.counts().total());
		json.put("rowsThisRun", run.rowsThisRun());
		json.put("durationSeconds",
				Double.parseDouble(String.format(Locale.ROOT, "%.3f", run.duration().toMillis() / 1000.0)));
		json.put("throttled429", run.throttled());
		json.put("retries", run.retries());
		json.put("reportPath", run.reportPath());
		json.put("stopReason", run.stopReason());
		json.put("rerunCommand", run.rerunCommand());
		if (run.people() != null && run.people().inInput() + sum(run.people().plannedByKind()) > 0) {
			json.put("people", people(run.people()));
		}
		return json;
	}

	/** docs/offboarding.md, "Monitoring". */
	private static Map<String, Object> people(PeopleSummary people) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("inInput", people.inInput());
		json.put("offboardedAndVerified", people.offboardedAndVerified());
		json.put("accessRemaining", people.accessRemaining());
		json.put("unknown", people.unknown());
		json.put("notVerified", people.notVerified());
		json.put("removedByKind", people.removedByKind());
		json.put("plannedByKind", people.plannedByKind());
		json.put("slowestSettleSeconds", people.slowestSettleSeconds());
		return json;
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private static String utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}

}
