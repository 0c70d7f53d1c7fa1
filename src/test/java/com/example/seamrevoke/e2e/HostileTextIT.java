package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.CommandRun.Result;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spreadsheet full of formulas and escape sequences, and a Seam (or something posing as
 * it) answering with the same: the report read back as CSV has no cell a spreadsheet
 * would evaluate and no control character, and neither has the terminal.
 */
class HostileTextIT {

	private static final String ESC = "\u001b";

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void formulasAndEscapesFromTheFileAndFromSeamShouldBeNeutralisedInEveryReportCell() throws IOException {
		// given: Seam rejects one device with a hostile error, type and request id
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		seam.stubFor(post(REVOKE).withRequestBody(matching(".*0ed90475.*"))
			.willReturn(aResponse().withStatus(404)
				.withHeader("seam-request-id", "-2+3+cmd|' /C calc'!A0")
				.withBody("{\"error\":{\"type\":\"=HYPERLINK(\\\"http://evil\\\")\",\"message\":\"" + "\\u001b[2J"
						+ "@SUM(1+1)\\r\\n=cmd " + "x".repeat(5000) + "\"}}")));
		Path input = Files.writeString(directory.resolve("export.csv"),
				"user_identity_id,device_id\n" + USER + ",892f902b-d23f-4824-928b-2f330c5c7fd0\n" + USER
						+ ",0ed90475-9531-485d-9d9d-c9f81818e811\n" + "=1+1," + USER + "\n" + "\"  +SUM(A1)\",@x\n"
						+ "\"\t=cmd\",-1\n" + "\"\uff1dHYPERLINK()\",\"" + ESC + "]0;owned" + ESC + "\\\\\"\n"
						+ "\"\r\n=2\"," + "y".repeat(10_000) + "\n");
		Path report = directory.resolve("report.csv");

		// when
		Result result = CommandRun.in(directory).against(seam).run("--input=" + input, "--report=" + report);

		// then
		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		List<String[]> rows = readCsv(report);
		assertThat(rows).hasSize(8);
		for (String[] row : rows) {
			assertThat(row).hasSize(ReportWriter.HEADER.size());
			for (String cell : row) {
				assertThat(cell).as("a cell a spreadsheet would evaluate").satisfies(HostileTextIT::isInert);
				assertThat(cell.chars()).as(cell).noneMatch(Character::isISOControl);
				assertThat(cell.length()).isLessThanOrEqualTo(2001);
			}
		}
		String[] rejected = rows.get(2);
		assertThat(rejected[3]).isEqualTo("FAILED");
		assertThat(rejected[5]).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(rejected[6]).startsWith("\uFFFD[2J@SUM(1+1)  =cmd xxx").hasSizeLessThanOrEqualTo(500);
		assertThat(rejected[8]).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(rows.get(3)).startsWith("4", "'=1+1", USER, "INVALID");
		assertThat(rows.get(4)[1]).isEqualTo("'+SUM(A1)");
		assertThat(rows.get(4)[2]).isEqualTo("'@x");
		assertThat(rows.get(5)[2]).isEqualTo("'-1");
		assertThat(rows.get(6)[1]).isEqualTo("'\uff1dHYPERLINK()");
		// the reader keeps a leading control character (trim() used to drop it); it is
		// shown replaced
		assertThat(rows.get(6)[2]).isEqualTo("\uFFFD]0;owned\uFFFD\\");
		assertThat(rows.get(7)[2]).hasSize(64).endsWith("\u2026");
		assertThat(result.out() + result.err()).doesNotContain(ESC);
	}

	@Test
	void hostileAnswerThatStopsTheJobShouldReachTheTerminalCleanedAndCut() throws IOException {
		seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(403)
			.withBody("{\"error\":{\"type\":\"forbidden" + "\\u001b[31m\",\"message\":\"\\u001b]0;pwned\\u0007"
					+ "Forbidden\\n\\rSEAM_API_KEY=" + "z".repeat(20_000) + "\"}}")));
		Path input = Files.writeString(directory.resolve("one.csv"),
				"user_identity_id,device_id\n" + USER + ",892f902b-d23f-4824-928b-2f330c5c7fd0\n");

		Result result = CommandRun.in(directory)
			.against(seam)
			.run("--input=" + input, "--report=" + directory.resolve("r.csv"));

		assertThat(result.exitCode()).isEqualTo(ExitCode.STOPPED);
		String stopped = result.out()
			.lines()
			.filter(line -> line.startsWith("Stopped: "))
			.findFirst()
			.orElseThrow(() -> new AssertionError(result.out()));
		assertThat(stopped).contains("HTTP 403 forbidden\uFFFD[31m: \uFFFD]0;pwned\uFFFDForbidden  SEAM_API_KEY=zzz")
			.hasSizeLessThanOrEqualTo(1100);
		assertThat(result.out() + result.err()).doesNotContain(ESC).doesNotContain("\u0007");
	}

	/** Starts with nothing a spreadsheet evaluates: the apostrophe keeps it text. */
	private static boolean isInert(String cell) {
		if (cell.startsWith("'")) {
			return true;
		}
		String start = cell.strip();
		return start.equals(cell) && (start.isEmpty() || "=+-@\uff1d\uff0b\uff0d\uff20".indexOf(start.charAt(0)) < 0);
	}

	private static List<String[]> readCsv(Path report) throws IOException {
		try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
			List<String[]> rows = new ArrayList<>();
			for (String[] row : csv) {
				rows.add(row);
			}
			return rows;
		}
	}

}
