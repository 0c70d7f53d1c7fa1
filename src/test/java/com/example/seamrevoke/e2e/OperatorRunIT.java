package com.example.seamrevoke.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.cli.ExitCode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command as an operator and a nightly scheduler use it: the summary table,
 * --summary-json, times in UTC, a directory of drops with --archive-to, and the sandbox
 * left alone when there is nothing to do.
 */
class OperatorRunIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void runWithA429AndARejectionShouldPrintTheTableAndWriteTheSummaryJson() throws IOException {
		// given: device ...01 is throttled once, ...02 is unknown to Seam, ...03 revokes
		seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}")));
		seam.stubFor(post(urlEqualTo(REVOKE)).withRequestBody(containing(device(1)))
			.inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("answered"));
		seam.stubFor(post(urlEqualTo(REVOKE)).withRequestBody(containing(device(2)))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"type\":\"device_not_found\",\"message\":\"Device not found\"}}")));
		Path input = csv("drop.csv", device(1), device(2), device(3));
		Path summary = directory.resolve("monitoring/summary.json");

		// when
		Result result = run("--input=" + input, "--summary-json=" + summary);

		// then
		assertThat(result.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(result.out()).contains("Execution 1 COMPLETED: 3 rows (REVOKED 2, FAILED 1)")
			.containsPattern("\\n  REVOKED   2\\n  FAILED    1\\n  rows      3\\n")
			.containsPattern("\\n  duration  \\d+\\.\\d s\\n  rows/s    \\d+\\.\\d\\n")
			.contains("\n  429s      1\n  retries   1\n")
			.contains("  report    " + directory.resolve("reports").resolve("drop-1.report.csv"))
			.contains("Rerun the FAILED rows: java -jar target/seam-revoke-batch.jar --rerun-failed=1"
					+ " --spring.datasource.url=" + databaseUrl() + " --revoke.report-directory="
					+ directory.resolve("reports") + " --revoke.seam.endpoint=" + seam.baseUrl());
		seam.verify(4, postRequestedFor(urlEqualTo(REVOKE)));
		JsonNode json = JSON.readTree(Files.readString(summary));
		assertThat(json.get("exitCode").asInt()).isEqualTo(3);
		assertThat(json.get("start").asString()).endsWith("Z");
		assertThat(json.get("end").asString()).endsWith("Z");
		assertThat(json.get("counts").get("FAILED").asLong()).isEqualTo(1);
		JsonNode run = json.get("runs").get(0);
		assertThat(run.get("executionId").asLong()).isEqualTo(1);
		assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(run.get("throttled429").asLong()).isEqualTo(1);
		assertThat(run.get("retries").asLong()).isEqualTo(1);
		assertThat(run.get("counts").get("REVOKED").asLong()).isEqualTo(2);
		assertThat(Path.of(run.get("reportPath").asString())).exists();
		assertThat(run.get("start").asString()).endsWith("Z");
		assertThat(Files.list(summary.getParent())).containsExactly(summary);
	}

	@Test
	void reportAndAlreadyProcessedShouldGiveTimesInUtcWithZ() throws IOException {
		seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}")));
		Path input = csv("drop.csv", device(1));

		assertThat(run("--input=" + input).exitCode()).isZero();
		Result again = run("--input=" + input);

		List<String> report = Files.readAllLines(directory.resolve("reports/drop-1.report.csv"));
		assertThat(report.get(1).split(",")[9]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
		assertThat(again.out())
			.containsPattern("completed this input on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; nothing sent");
	}

	@Test
	void alreadyProcessedShouldNotStartTheSandbox() throws IOException {
		Path input = csv("drop.csv", device(1));
		Result first = run("--input=" + input, "--sandbox");

		Result again = run("--input=" + input, "--sandbox");

		assertThat(first.out()).contains("Sandbox: an embedded Seam stand-in");
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("Already processed").doesNotContain("Sandbox");
	}

	@Test
	void directoryShouldRunEachNewCsvInNameOrderArchiveThemAndExitWithTheWorst() throws IOException {
		// given: two drops, a file that is not a CSV, and a CSV without id columns
		seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}")));
		seam.stubFor(post(urlEqualTo(REVOKE)).withRequestBody(containing(device(9)))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"type\":\"device_not_found\",\"message\":\"no\"}}")));
		Path inbox = Files.createDirectories(directory.resolve("inbox"));
		Path archive = directory.resolve("archive");
		Files.writeString(inbox.resolve("2026-11-27.csv"), body(device(1), device(2)));
		Files.writeString(inbox.resolve("2026-11-28.csv"), body(device(3), device(9)));
		Files.writeString(inbox.resolve("people.csv"), "name,email\nAvery,avery@example.com\n");
		Files.writeString(inbox.resolve("readme.txt"), "not an input");

		// when
		Result first = run("--input=" + inbox, "--archive-to=" + archive);

		// then
		assertThat(first.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(first.out()).containsSubsequence("== 2026-11-27.csv", "== 2026-11-28.csv", "== people.csv",
				"Files in " + inbox + ":", "  2026-11-27.csv: exit 0, execution 1, REVOKED 2, report ",
				"  2026-11-28.csv: exit 3, execution 2, REVOKED 1, FAILED 1, report ",
				"  people.csv: exit 2, refused: ");
		assertThat(first.err()).contains("people.csv line 1");
		assertThat(directory.resolve("reports/2026-11-27-1.report.csv")).exists();
		assertThat(directory.resolve("reports/2026-11-28-2.report.csv")).exists();
		assertThat(archive.resolve("2026-11-27.csv")).exists();
		assertThat(archive.resolve("2026-11-28.csv")).exists();
		assertThat(inbox.resolve("people.csv")).exists();
		assertThat(inbox.resolve("readme.txt")).exists();
		seam.verify(4, postRequestedFor(urlEqualTo(REVOKE)));

		// when: the same drop arrives again, with a new one, and the broken file is fixed
		Files.delete(inbox.resolve("people.csv"));
		Files.writeString(inbox.resolve("2026-11-27.csv"), body(device(1), device(2)));
		Files.writeString(inbox.resolve("2026-11-29.csv"), body(device(4)));
		Result second = run("--input=" + inbox, "--archive-to=" + archive);

		// then: only the new file sends; the repeated one is archived beside the first
		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("  2026-11-27.csv: exit 0, execution 1, already processed",
				"  2026-11-29.csv: exit 0, execution 3, REVOKED 1");
		assertThat(archive.resolve("2026-11-27-1.csv")).exists();
		assertThat(Files.list(inbox)).containsExactly(inbox.resolve("readme.txt"));
		seam.verify(5, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void reportOptionWithADirectoryShouldBeAUsageError() throws IOException {
		Path inbox = Files.createDirectories(directory.resolve("inbox"));

		Result result = run("--input=" + inbox, "--report=" + directory.resolve("r.csv"));

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("--report names one file");
	}

	private static String device(int n) {
		return String.format("00000000-0000-4000-8000-%012d", n);
	}

	private Path csv(String name, String... devices) throws IOException {
		return Files.writeString(directory.resolve(name), body(devices));
	}

	private static String body(String... devices) {
		StringBuilder csv = new StringBuilder("user_identity_id,device_id\n");
		for (String device : devices) {
			csv.append(USER).append(',').append(device).append('\n');
		}
		return csv.toString();
	}

	private String databaseUrl() {
		return "jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath();
	}

	private Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=" + databaseUrl());
		all.add("--revoke.report-directory=" + directory.resolve("reports"));
		all.add("--revoke.retry.base-delay=10ms");
		if (!all.contains("--sandbox")) {
			all.add("--revoke.seam.endpoint=" + seam.baseUrl());
			all.add("--revoke.seam.api-key=test-key");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Command(SeamRevokeBatchApplication.class).run(all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Result(int exitCode, String out, String err) {
	}

}
