package com.example.seamrevoke.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.job.launch.RunReport;
import com.example.seamrevoke.job.launch.RunResult;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --summary-json}: the file a monitor reads, as docs/formats.md, "Summary for
 * monitoring", describes it.
 */
class SummaryJsonTests {

	private static final List<String> EVERY_OUTCOME = Arrays.stream(Outcome.values()).map(Outcome::name).toList();

	private static final Instant START = Instant.parse("2026-11-29T02:15:00.120456Z");

	private static final Instant END = Instant.parse("2026-11-29T02:15:06.301Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@Test
	void holdsTheCommandsExitCodeTimesAndEveryDocumentedFieldOfARun() throws IOException {
		RunReport run = new RunReport(Path.of("inbox/2026-11-28.csv"), RunResult.ROWS_NEED_ATTENTION, 1L, "COMPLETED",
				counts(Map.of(Outcome.REVOKED, 46L, Outcome.FAILED, 2L, Outcome.INVALID, 1L, Outcome.DUPLICATE, 1L)),
				50, "reports/2026-11-28-1.report.csv", Instant.parse("2026-11-29T02:15:01.020Z"),
				Instant.parse("2026-11-29T02:15:06.290Z"), 1, 3, "java -jar seam-revoke-batch.jar --rerun-failed=1",
				null, null);

		JsonNode summary = write(ExitCode.ROWS_NEED_ATTENTION, List.of(run), null);

		assertThat(names(summary)).containsExactly("schemaVersion", "exitCode", "start", "end", "error", "counts",
				"runs");
		assertThat(summary.get("schemaVersion").asInt()).isEqualTo(1);
		assertThat(summary.get("exitCode").asInt()).isEqualTo(3);
		assertThat(summary.get("start").asString()).isEqualTo("2026-11-29T02:15:00.120Z");
		assertThat(summary.get("end").asString()).isEqualTo("2026-11-29T02:15:06.301Z");
		assertThat(summary.get("error").isNull()).isTrue();
		JsonNode written = summary.get("runs").get(0);
		assertThat(names(written)).containsExactly("input", "exitCode", "result", "executionId", "status", "start",
				"end", "counts", "rows", "rowsThisRun", "durationSeconds", "throttled429", "retries", "reportPath",
				"stopReason", "rerunCommand");
		assertThat(written.get("input").asString()).isEqualTo("inbox/2026-11-28.csv");
		assertThat(written.get("exitCode").asInt()).isEqualTo(3);
		assertThat(written.get("result").asString()).isEqualTo("ROWS_NEED_ATTENTION");
		assertThat(written.get("executionId").asLong()).isEqualTo(1);
		assertThat(written.get("rows").asLong()).isEqualTo(50);
		assertThat(written.get("durationSeconds").asDouble()).isEqualTo(5.27);
		assertThat(written.get("throttled429").asLong()).isEqualTo(1);
		assertThat(written.get("retries").asLong()).isEqualTo(3);
		assertThat(written.get("reportPath").asString()).isEqualTo("reports/2026-11-28-1.report.csv");
		assertThat(written.get("stopReason").isNull()).isTrue();
		assertThat(written.get("rerunCommand").asString()).endsWith("--rerun-failed=1");
	}

	@Test
	void countsAlwaysHoldEveryOutcomeInOrderSummedOverTheRuns() throws IOException {
		RunReport first = run(Path.of("in/a.csv"), Map.of(Outcome.REVOKED, 3L, Outcome.PENDING, 1L));
		RunReport second = run(Path.of("in/b.csv"), Map.of(Outcome.REVOKED, 2L, Outcome.FOUND_AFTER_EXPANSION, 1L));

		JsonNode summary = write(ExitCode.ROWS_NEED_ATTENTION, List.of(first, second), null);

		assertThat(names(summary.get("counts"))).containsExactlyElementsOf(EVERY_OUTCOME);
		assertThat(summary.get("counts").get("REVOKED").asLong()).isEqualTo(5);
		assertThat(summary.get("counts").get("PENDING").asLong()).isEqualTo(1);
		assertThat(summary.get("counts").get("FOUND_AFTER_EXPANSION").asLong()).isEqualTo(1);
		assertThat(summary.get("counts").get("FAILED").asLong()).isZero();
		assertThat(summary.get("runs")).hasSize(2);
		for (JsonNode run : summary.get("runs")) {
			assertThat(names(run.get("counts"))).containsExactlyElementsOf(EVERY_OUTCOME);
		}
		assertThat(summary.get("runs").get(1).get("counts").get("FOUND_AFTER_EXPANSION").asLong()).isEqualTo(1);
	}

	@Test
	void refusedCommandHasNoRunsZeroCountsAndSaysWhy() throws IOException {
		JsonNode summary = write(ExitCode.ANOTHER_RUN_ACTIVE, List.of(), "another run is using the job repository");

		assertThat(summary.get("exitCode").asInt()).isEqualTo(4);
		assertThat(summary.get("error").asString()).isEqualTo("another run is using the job repository");
		assertThat(summary.get("runs")).isEmpty();
		assertThat(names(summary.get("counts"))).containsExactlyElementsOf(EVERY_OUTCOME);
		assertThat(summary.get("counts")).allSatisfy((count) -> assertThat(count.asLong()).isZero());
	}

	@Test
	void replacesTheLastSummaryWholeAndLeavesNoTemporaryFileBehind() throws IOException {
		Path file = directory.resolve("monitoring/summary.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{\"previous\":true, \"padding\":\"" + "x".repeat(10_000) + "\"}\n");

		SummaryJson.write(file, ExitCode.OK, START, END, List.of(run(Path.of("in/a.csv"), Map.of(Outcome.REVOKED, 1L))),
				null);

		JsonNode summary = JSON.readTree(Files.readString(file));
		assertThat(summary.has("previous")).isFalse();
		assertThat(summary.get("exitCode").asInt()).isZero();
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void createsTheDirectoriesItIsToldToWriteIn() throws IOException {
		Path file = directory.resolve("not/yet/there/summary.json");

		SummaryJson.write(file, ExitCode.OK, START, END, List.of(), null);

		assertThat(JSON.readTree(Files.readString(file)).get("schemaVersion").asInt()).isEqualTo(1);
	}

	private JsonNode write(int exitCode, List<RunReport> runs, String error) throws IOException {
		Path file = directory.resolve("summary.json");
		SummaryJson.write(file, exitCode, START, END, runs, error);
		return JSON.readTree(Files.readString(file));
	}

	private static RunReport run(Path input, Map<Outcome, Long> counts) {
		OutcomeCounts outcomeCounts = counts(counts);
		return new RunReport(input, RunResult.COMPLETED, 7L, "COMPLETED", outcomeCounts, outcomeCounts.total(), null,
				START, END, 0, 0, null, null, null);
	}

	private static OutcomeCounts counts(Map<Outcome, Long> counts) {
		return new OutcomeCounts(counts);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

}
