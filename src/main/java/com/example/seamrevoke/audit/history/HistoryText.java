package com.example.seamrevoke.audit.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.audit.model.Headline;

/**
 * The history as a table for a terminal and as JSON for scripts (docs/audit-page.md,
 * "History").
 */
public final class HistoryText {

	/** Fields are only ever added within a schema version. */
	static final int SCHEMA_VERSION = 1;

	private static final ObjectWriter JSON = JsonMapper.shared().writerWithDefaultPrettyPrinter();

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final List<String> HEADER = List.of("EXECUTION", "START (UTC)", "STATUS", "ROWS", "OUTCOMES",
			"INPUT", "SHA-256", "REPORT", "PAGE");

	private HistoryText() {
	}

	public static String table(List<PastRun> runs) {
		if (runs.isEmpty()) {
			return "No runs recorded in this job repository." + System.lineSeparator();
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (PastRun run : runs) {
			rows.add(List.of(String.valueOf(run.executionId()), (run.start() != null) ? START.format(run.start()) : "-",
					run.status(), Headline.number(run.rows()), outcomes(run.counts()), RunHistory.fileName(run.input()),
					(run.inputSha256() != null) ? shortHash(run.inputSha256()) : "-", orDash(run.reportPath()),
					orDash(run.pagePath())));
		}
		int[] widths = new int[HEADER.size()];
		rows.forEach(row -> {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		});
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				boolean number = i == 0 || i == 3;
				cells.add(String.format(Locale.ROOT, "%" + (number ? "" : "-") + widths[i] + "s", row.get(i)));
			}
			text.append(String.join("  ", cells).stripTrailing()).append(System.lineSeparator());
		}
		return text.toString();
	}

	public static String json(List<PastRun> runs) {
		Map<String, Object> history = new LinkedHashMap<>();
		history.put("schemaVersion", SCHEMA_VERSION);
		history.put("runs", runs.stream().map(HistoryText::json).toList());
		return JSON.writeValueAsString(history) + System.lineSeparator();
	}

	private static Map<String, Object> json(PastRun run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("executionId", run.executionId());
		json.put("jobInstanceId", run.jobInstanceId());
		json.put("input", run.input());
		json.put("inputSha256", run.inputSha256());
		json.put("start", utc(run.start()));
		json.put("end", utc(run.end()));
		json.put("status", run.status());
		json.put("counts", run.counts());
		json.put("rows", run.rows());
		json.put("reportPath", run.reportPath());
		json.put("reportSha256", run.reportSha256());
		json.put("pagePath", run.pagePath());
		return json;
	}

	private static @Nullable String utc(@Nullable Instant time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.MILLIS).toString() : null;
	}

	private static String outcomes(Map<String, Long> counts) {
		return counts.isEmpty() ? "-"
				: counts.entrySet()
					.stream()
					.map(e -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", "));
	}

	/** Enough to tell runs apart on a terminal; the JSON has it whole. */
	private static String shortHash(String sha256) {
		return (sha256.length() > 12) ? sha256.substring(0, 12) + "…" : sha256;
	}

	private static String orDash(@Nullable String text) {
		return (text != null) ? text : "-";
	}

}
