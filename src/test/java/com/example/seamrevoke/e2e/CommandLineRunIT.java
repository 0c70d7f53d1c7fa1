package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.CommandRun.Result;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.SeamStubs.seamError;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command, as an operator or a scheduler runs it: exit codes, messages, reports.
 */
class CommandLineRunIT {

	private static final Path SAMPLE = Path.of("sample-data/offboarding.csv");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	CommandRun command;

	@BeforeEach
	void commandWithItsOwnDatabase() {
		command = commandIn(directory);
	}

	/** The command with its own job repository: an H2 file under the test's directory. */
	CommandRun commandIn(Path directory) {
		return CommandRun.in(directory);
	}

	@Test
	void runWhenAskedForHelpShouldPrintUsageAndExit0() {
		Result result = CommandRun.exactly("--help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("--input=FILE", "--rerun-failed=EXECUTION_ID", "Exit codes");
	}

	@Test
	void runWhenGivenNoOptionsShouldExit2AskingForInput() {
		Result result = CommandRun.exactly();

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("--input=FILE or --rerun-failed=EXECUTION_ID is required");
	}

	@Test
	void runWhenInputFileIsMissingShouldExit2NamingTheFile() {
		Result result = command.run("--input=" + directory.resolve("nope.csv"), "--sandbox");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("nope.csv: no such readable file").doesNotContain("Exception");
	}

	@Test
	void runWhenFileHasNoUsableColumnsShouldExit2NamingFileLineAndColumns() throws IOException {
		Path input = Files.writeString(directory.resolve("people.csv"), "name;email\nAvery;avery@example.com\n");

		Result result = command.run("--input=" + input, "--sandbox");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("people.csv line 1", "'name'", "'email'").doesNotContain("\tat ");
	}

	@Test
	void runWhenApiKeyIsMissingShouldExit2BeforeAnythingIsSent() {
		Result result = command.run("--input=" + SAMPLE, "--revoke.seam.api-key=",
				"--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("SEAM_API_KEY is not set");
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void runWhenSandboxProcessesSampleDataShouldMatchTheGoldenReportExit3AndThenSayAlreadyProcessed()
			throws IOException {
		Path report = directory.resolve("report.csv");

		Result first = command.run("--input=" + SAMPLE, "--sandbox", "--report=" + report);

		assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(first.out()).contains("50 rows (REVOKED 46, FAILED 2, INVALID 1, DUPLICATE 1)",
				"Rerun the FAILED rows: java -jar target/seam-revoke-batch.jar --rerun-failed=");
		assertThat(normalised(report))
			.isEqualTo(Files.readString(Path.of("src/test/resources/golden/offboarding.report.csv")));

		Result again = command.run("--input=" + SAMPLE, "--sandbox", "--report=" + report);

		assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(again.out()).contains("Already processed").contains("nothing sent");
	}

	@Test
	void runWhenDryRunShouldSendNothingAndMarkValidRowsDryRun() throws IOException {
		Path report = directory.resolve("dry.csv");

		Result result = command.run("--input=" + SAMPLE, "--dry-run", "--revoke.seam.api-key=",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--report=" + report);

		assertThat(result.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(result.out()).contains("50 rows (INVALID 1, DUPLICATE 1, DRY_RUN 48)");
		assertThat(Files.readAllLines(report)).hasSize(51);
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenEveryRowIsRevokedShouldExit0() throws IOException {
		seam.stubFor(post(REVOKE).willReturn(ok()));
		Path input = Files.writeString(directory.resolve("ok.csv"),
				"User Identity ID;Device ID\n" + USER + ";" + DEVICE_A + "\n");

		Result result = command.run("--input=" + input, "--revoke.seam.api-key=k",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--report=" + directory.resolve("r.csv"));

		assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers401ShouldExit1WithAOneLineReason() {
		seam.stubFor(post(REVOKE).willReturn(seamError(401, "unauthorized", "Unauthorized")));

		Result result = command.run("--input=" + SAMPLE, "--revoke.seam.api-key=wrong",
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
				cells[17] = cells[17].isEmpty() ? "" : "*";
			}
			return String.join(",", cells);
		}).collect(Collectors.joining("\n", "", "\n"));
	}

}
