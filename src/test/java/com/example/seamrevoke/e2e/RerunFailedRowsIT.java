package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an outage or a data fix, only the FAILED rows go again: from the database or from
 * a report.
 */
class RerunFailedRowsIT {

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	CommandRun command;

	/** The command with its own job repository: an H2 file under the test's directory. */
	CommandRun commandIn(Path directory) {
		return CommandRun.in(directory);
	}

	@BeforeEach
	void firstRunFailsLines3And5() throws IOException {
		command = commandIn(directory).against(seam);
		Files.write(directory.resolve("input.csv"), List.of("user_identity_id,device_id", USER + "," + device(1),
				USER + "," + device(2), USER + "," + device(3), USER + "," + device(4)));
		seam.stubFor(post(REVOKE).willReturn(ok()));
		for (int failing : new int[] { 2, 4 }) {
			stubDeviceNotFound(failing);
		}
	}

	@Test
	void rerunFailedWhenTwoRowsFailedShouldSendOnlyThoseRowsKeepingTheirLines() throws IOException {
		Result first = command.run("--input=" + directory.resolve("input.csv"), report("first"));
		assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		seamRevokesEverything();

		Result rerun = command.run("--rerun-failed=" + first.executionId(), report("rerun"));

		assertThat(rerun.exitCode()).as(rerun.out()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("rerun")).containsExactly("3,REVOKED", "5,REVOKED");
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(2))));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(4))));
	}

	@Test
	void rerunFailedWhenRerunningARerunShouldTakeOnlyWhatStillFailed() throws IOException {
		Result first = command.run("--input=" + directory.resolve("input.csv"), report("first"));
		seamRevokesEverything();
		stubDeviceNotFound(4);
		Result second = command.run("--rerun-failed=" + first.executionId(), report("second"));
		seamRevokesEverything();

		Result third = command.run("--rerun-failed=" + second.executionId(), report("third"));

		assertThat(third.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("third")).containsExactly("5,REVOKED");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenInputIsAReportEditedInASpreadsheetShouldSendItsFailedRowsOnly() throws IOException {
		command.run("--input=" + directory.resolve("input.csv"), report("first"));
		seamRevokesEverything();
		// the operator drops the last FAILED row and re-saves with a BOM and CRLF
		List<String> lines = Files.readAllLines(directory.resolve("first.csv"));
		List<String> edited = lines.stream().filter(line -> !line.startsWith("5,")).toList();
		Path resaved = directory.resolve("edited.csv");
		Files.write(resaved, ("\uFEFF" + String.join("\r\n", edited) + "\r\n").getBytes(StandardCharsets.UTF_8));

		Result rerun = command.run("--input=" + resaved, report("from-report"));

		assertThat(rerun.exitCode()).as(rerun.out()).isEqualTo(ExitCode.OK);
		assertThat(reportRows("from-report")).containsExactly("3,REVOKED");
		// source_line: where this run read it; no person, no verification
		assertThat(Files.readAllLines(directory.resolve("from-report.csv")).get(1).split(",", -1))
			.satisfies(cells -> assertThat(List.of(cells).subList(10, 14)).containsExactly("3", "", "", ""));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(2))));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void rerunFailedWhenExecutionIsUnknownShouldExit2AndWhenItHasNoFailuresShouldExit0() throws IOException {
		Result unknown = command.run("--rerun-failed=999", report("none"));
		assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(unknown.err()).contains("--rerun-failed=999: no such job execution");

		seamRevokesEverything();
		Result clean = command.run("--input=" + directory.resolve("input.csv"), report("clean"));
		Result nothing = command.run("--rerun-failed=" + clean.executionId(), report("nothing"));

		assertThat(nothing.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(nothing.out()).contains("has no FAILED rows: nothing to rerun");
	}

	private static void seamRevokesEverything() {
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(ok()));
	}

	private static void stubDeviceNotFound(int device) {
		seam.stubFor(post(REVOKE).withRequestBody(containing(device(device)))
			.willReturn(seamError(404, "device_not_found", "gone")));
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

}
