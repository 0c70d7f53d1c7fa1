package com.example.seamrevoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an outage or a data fix, only the FAILED rows go again: from the database or from
 * a report.
 */
class RerunFailedRowsTests {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final Pattern EXECUTION = Pattern.compile("Execution (\\d+) ");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@BeforeEach
	void firstRunFailsLines3And5() throws IOException {
		Files.write(directory.resolve("input.csv"), List.of("user_identity_id,device_id", USER + "," + device(1),
				USER + "," + device(2), USER + "," + device(3), USER + "," + device(4)));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		for (int failing : new int[] { 2, 4 }) {
			seam.stubFor(post(REVOKE).withRequestBody(containing(device(failing)))
				.willReturn(aResponse().withStatus(404)
					.withBody("{\"error\":{\"type\":\"device_not_found\",\"message\":\"gone\"}}")));
		}
	}

	@Test
	void rerunFailedShouldSendOnlyTheFailedRowsKeepingTheirLines() throws IOException {
		CommandLineRunTests.Result first = run("--input=" + directory.resolve("input.csv"), report("first"));
		assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		CommandLineRunTests.Result rerun = run("--rerun-failed=" + executionOf(first), report("rerun"));

		assertThat(rerun.exitCode()).as(rerun.out()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("rerun")).containsExactly("3,REVOKED", "5,REVOKED");
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(2))));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(4))));
	}

	@Test
	void rerunOfARerunShouldTakeOnlyWhatStillFailed() throws IOException {
		CommandLineRunTests.Result first = run("--input=" + directory.resolve("input.csv"), report("first"));
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		seam.stubFor(post(REVOKE).withRequestBody(containing(device(4)))
			.willReturn(aResponse().withStatus(404)
				.withBody("{\"error\":{\"type\":\"device_not_found\",\"message\":\"gone\"}}")));
		CommandLineRunTests.Result second = run("--rerun-failed=" + executionOf(first), report("second"));
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		CommandLineRunTests.Result third = run("--rerun-failed=" + executionOf(second), report("third"));

		assertThat(third.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("third")).containsExactly("5,REVOKED");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void rerunFromAReportEditedInASpreadsheetShouldSendItsFailedRowsOnly() throws IOException {
		run("--input=" + directory.resolve("input.csv"), report("first"));
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		// the operator drops the last FAILED row and re-saves with a BOM and CRLF line
		// endings
		List<String> lines = Files.readAllLines(directory.resolve("first.csv"));
		List<String> edited = lines.stream().filter(line -> !line.startsWith("5,")).toList();
		Path resaved = directory.resolve("edited.csv");
		Files.write(resaved, ("\uFEFF" + String.join("\r\n", edited) + "\r\n").getBytes(StandardCharsets.UTF_8));

		CommandLineRunTests.Result rerun = run("--input=" + resaved, report("from-report"));

		assertThat(rerun.exitCode()).as(rerun.out()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("from-report")).containsExactly("3,REVOKED");
		assertThat(Files.readAllLines(directory.resolve("from-report.csv")).get(1)).endsWith(",3,,,");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(2))));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void rerunOfAnUnknownExecutionShouldExit2AndOfOneWithoutFailuresExit0() throws IOException {
		CommandLineRunTests.Result unknown = run("--rerun-failed=999", report("none"));
		assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(unknown.err()).contains("--rerun-failed=999: no such job execution");

		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		CommandLineRunTests.Result clean = run("--input=" + directory.resolve("input.csv"), report("clean"));
		CommandLineRunTests.Result nothing = run("--rerun-failed=" + executionOf(clean), report("nothing"));

		assertThat(nothing.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(nothing.out()).contains("has no FAILED rows: nothing to rerun");
	}

	private CommandLineRunTests.Result run(String... args) {
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
				java.util.stream.Stream.of(
						"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath(),
						"--revoke.seam.api-key=k", "--revoke.seam.endpoint=" + seam.baseUrl()))
			.toArray(String[]::new);
		return CommandLineRunTests.run(all);
	}

	private String report(String name) {
		return "--report=" + directory.resolve(name + ".csv");
	}

	/** "line,outcome" of each report row. */
	private List<String> reportRows(String name) throws IOException {
		List<String> lines = Files.readAllLines(directory.resolve(name + ".csv"));
		return lines.subList(1, lines.size())
			.stream()
			.map(line -> line.split(","))
			.map(cells -> cells[0] + "," + cells[3])
			.toList();
	}

	private static String executionOf(CommandLineRunTests.Result result) {
		Matcher matcher = EXECUTION.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		return matcher.group(1);
	}

	private static String device(int n) {
		return String.format("00000000-0000-4000-8000-%012d", n);
	}

}
