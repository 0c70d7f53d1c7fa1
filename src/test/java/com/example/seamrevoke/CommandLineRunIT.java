package com.example.seamrevoke;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command, as an operator or a scheduler runs it: exit codes, messages, reports.
 */
class CommandLineRunIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final Path SAMPLE = Path.of("sample-data/offboarding.csv");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void helpShouldPrintUsageAndExit0() {
		Result result = run("--help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("--input=FILE", "--rerun-failed=EXECUTION_ID", "Exit codes");
	}

	@Test
	void noOptionsShouldBeAUsageError() {
		Result result = run();

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("--input=FILE or --rerun-failed=EXECUTION_ID is required");
	}

	@Test
	void missingInputFileShouldExit2NamingTheFile() {
		Result result = runWithDatabase("--input=" + directory.resolve("nope.csv"), "--sandbox");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("nope.csv: no such readable file").doesNotContain("Exception");
	}

	@Test
	void fileWithoutUsableColumnsShouldExit2NamingFileLineAndColumns() throws IOException {
		Path input = Files.writeString(directory.resolve("people.csv"), "name;email\nAvery;avery@example.com\n");

		Result result = runWithDatabase("--input=" + input, "--sandbox");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("people.csv line 1", "'name'", "'email'").doesNotContain("\tat ");
	}

	@Test
	void missingApiKeyShouldExit2BeforeAnythingIsSent() {
		Result result = runWithDatabase("--input=" + SAMPLE, "--revoke.seam.api-key=",
				"--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("SEAM_API_KEY is not set");
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void sandboxRunOnSampleDataShouldMatchTheGoldenReportAndExit3ThenSayAlreadyProcessed() throws IOException {
		Path report = directory.resolve("report.csv");

		Result first = runWithDatabase("--input=" + SAMPLE, "--sandbox", "--report=" + report);

		assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(first.out()).contains("50 rows (REVOKED 46, FAILED 2, INVALID 1, DUPLICATE 1)",
				"Rerun the FAILED rows: java -jar target/seam-revoke-batch.jar --rerun-failed=");
		assertThat(normalised(report))
			.isEqualTo(Files.readString(Path.of("src/test/resources/golden/offboarding.report.csv")));

		Result again = runWithDatabase("--input=" + SAMPLE, "--sandbox", "--report=" + report);

		assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(again.out()).contains("Already processed").contains("nothing sent");
	}

	@Test
	void dryRunShouldSendNothingAndMarkValidRowsDryRun() throws IOException {
		Path report = directory.resolve("dry.csv");

		Result result = runWithDatabase("--input=" + SAMPLE, "--dry-run", "--revoke.seam.api-key=",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--report=" + report);

		assertThat(result.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(result.out()).contains("50 rows (INVALID 1, DUPLICATE 1, DRY_RUN 48)");
		assertThat(Files.readAllLines(report)).hasSize(51);
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenEveryRowIsRevokedShouldExit0() throws IOException {
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		Path input = Files.writeString(directory.resolve("ok.csv"), "User Identity ID;Device ID\n"
				+ "6513270e-269e-4d37-b2a7-4de452e6b438;892f902b-d23f-4824-928b-2f330c5c7fd0\n");

		Result result = runWithDatabase("--input=" + input, "--revoke.seam.api-key=k",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--report=" + directory.resolve("r.csv"));

		assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers401ShouldExit1WithAOneLineReason() {
		seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"}}")));

		Result result = runWithDatabase("--input=" + SAMPLE, "--revoke.seam.api-key=wrong",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--report=" + directory.resolve("r.csv"));

		assertThat(result.exitCode()).isEqualTo(ExitCode.STOPPED);
		assertThat(result.out()).contains("Stopped: Seam refused the request with HTTP 401 unauthorized")
			.doesNotContain("wrong")
			.doesNotContain("\tat ");
		assertThat(result.err()).doesNotContain("\tat ");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	/**
	 * The volatile columns (request ids, timestamps) become '*' so the rest compares
	 * exactly.
	 */
	static String normalised(Path report) throws IOException {
		return Files.readAllLines(report).stream().map(line -> {
			String[] cells = line.split(",", -1);
			if (!cells[0].equals("line")) {
				cells[8] = cells[8].isEmpty() ? "" : "*";
				cells[9] = "*";
			}
			return String.join(",", cells);
		}).collect(Collectors.joining("\n", "", "\n"));
	}

	private Result runWithDatabase(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath());
		all.add("--revoke.retry.base-delay=10ms");
		return run(all.toArray(String[]::new));
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = SeamRevokeBatchApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Result(int exitCode, String out, String err) {
	}

}
