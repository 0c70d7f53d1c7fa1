package com.example.seamrevoke.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.opencsv.CSVReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.cli.ExitCode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command on each file of src/test/resources/corpus (see its README), with
 * WireMock as Seam: what each row became, what was sent, and the files refused before a
 * single call.
 */
class InputCorpusCommandIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String U1 = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String U2 = "2b7d7a51-3c4e-4f0a-9a6b-5d1e8f2c7a10";

	private static final String D1 = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	private static final String D2 = "0ed90475-9531-485d-9d9d-c9f81818e811";

	private static final String D3 = "099950d8-36f6-45cc-81e7-4ef5e8e25d94";

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@BeforeEach
	void seamRevokesEverything() {
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
	}

	@Test
	void excelSepLineFileShouldRevokeItsRowsOnTheirPhysicalLines() throws IOException {
		Run run = run("excel-sep-line.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(run.report()).containsExactly(row(3, U1, D1, "REVOKED"), row(4, U1, D2, "REVOKED"),
				row(6, "not-a-uuid", D3, "INVALID"), row(8, U2, D3, "REVOKED"));
		assertSent(3, U1, D1, U1, D2, U2, D3);
	}

	@Test
	void blankBeforeQuotedCellsShouldRevokeEveryRow() throws IOException {
		Run run = run("space-after-separator.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(run.report()).containsExactly(row(2, U1, D1, "REVOKED"), row(3, U1, D2, "REVOKED"),
				row(4, U2, D3, "REVOKED"));
		assertSent(3, U1, D1, U1, D2, U2, D3);
	}

	@Test
	void excelUnicodeTextShouldBeReadAsUtf16() throws IOException {
		Run run = run("excel-unicode-text.txt");

		assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(run.report()).containsExactly(row(2, U1, D1, "REVOKED"), row(3, U2, D2, "REVOKED"),
				row(4, U2, D3, "REVOKED"), row(5, "bad-id", D1, "INVALID"));
		assertSent(3, U1, D1, U2, D2, U2, D3);
	}

	@Test
	void keepAsTextCellsShouldBeSentAsPlainIds() throws IOException {
		Run run = run("keep-as-text.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(run.report()).containsExactly(row(2, U1, D1, "REVOKED"), row(3, U1, D2, "REVOKED"),
				row(4, U2, D3, "REVOKED"));
		assertSent(3, U1, D1, U1, D2, U2, D3);
	}

	@Test
	void quoteTypedInsideANameShouldNotStopTheRun() throws IOException {
		Run run = run("stray-quote-inside-cell.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(run.report()).containsExactly(row(2, U1, D1, "REVOKED"), row(3, U1, D2, "REVOKED"));
		assertSent(2, U1, D1, U1, D2);
	}

	@Test
	void hostileBytesShouldBecomeInvalidRowsAndNeverReachSeam() throws IOException {
		Run run = run("hostile-bytes.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(run.report()).extracting(cells -> cells.get(0) + " " + cells.get(3))
			.containsExactly("2 INVALID", "3 INVALID", "4 INVALID", "5 REVOKED");
		assertSent(1, U2, D3);
		assertThat(Files.readString(run.reportFile())).doesNotContain("\u0000", "\u001b");
	}

	@Test
	void quoteNeverClosedOnTheLastLineShouldExit2BeforeAnyCall() throws IOException {
		Run run = run("broken-quote-last-line.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).contains("broken-quote-last-line.csv line 4: cannot be parsed: the quoted cell")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
		assertThat(run.out()).doesNotContain("Run the same command again");
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
		assertThat(run.reportFile()).doesNotExist();
	}

	@Test
	void quoteLeftOpenMidFileShouldExit2NamingBothLinesBeforeAnyCall() throws IOException {
		Run run = run("quote-left-open-mid-file.csv");

		assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err())
			.contains("quote-left-open-mid-file.csv line 4: cannot be parsed: text after the "
					+ "closing quote of a cell that starts on line 2")
			.doesNotContain("\tat ");
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	private static void assertSent(int calls, String... pairs) {
		seam.verify(calls, postRequestedFor(urlEqualTo(REVOKE)));
		for (int i = 0; i < pairs.length; i += 2) {
			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(
					equalToJson("{\"user_identity_id\":\"" + pairs[i] + "\",\"device_id\":\"" + pairs[i + 1] + "\"}")));
		}
	}

	private static List<String> row(long line, String user, String device, String outcome) {
		return List.of(Long.toString(line), user, device, outcome);
	}

	private Run run(String corpusFile) {
		Path report = directory.resolve("report.csv");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Command(SeamRevokeBatchApplication.class).run(
				new String[] { "--input=src/test/resources/corpus/" + corpusFile, "--report=" + report,
						"--revoke.seam.api-key=corpus-key", "--revoke.seam.endpoint=" + seam.baseUrl(),
						"--spring.datasource.url=jdbc:h2:file:"
								+ directory.resolve("db/revocations").toAbsolutePath() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), report);
	}

	private record Run(int exitCode, String out, String err, Path reportFile) {

		/** The report's rows as (line, user_identity_id, device_id, outcome). */
		List<List<String>> report() throws IOException {
			List<List<String>> rows = new ArrayList<>();
			try (Reader text = Files.newBufferedReader(reportFile); CSVReader csv = new CSVReader(text)) {
				csv.skip(1);
				for (String[] cells : csv) {
					rows.add(List.of(cells[0], cells[1], cells[2], cells[3]));
				}
			}
			return rows;
		}

	}

}
