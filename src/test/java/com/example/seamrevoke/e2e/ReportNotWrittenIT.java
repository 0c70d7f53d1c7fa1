package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.CommandRun.Result;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report directory that cannot be written (full, read-only, not a directory): the run
 * says so in one line and exits 1, every outcome stays in the table, and
 * {@code --write-report} writes the report later from the table without sending anything
 * (docs/crash-safety.md, "When the database or the report fails").
 */
class ReportNotWrittenIT {

	private static final int ROWS = 6;

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void reportThatCannotBeWrittenShouldStopWithExit1AndBeWrittenLaterFromTheTable() throws Exception {
		// given: a report path under a plain file, which no directory can be created in
		seam.stubFor(post(REVOKE).willReturn(ok()));
		Path input = input();
		Path blocked = Files.writeString(directory.resolve("reports"), "not a directory");
		CommandRun command = CommandRun.in(directory).against(seam);

		// when: the run revokes every row but cannot write its report
		Result run = command.run("--input=" + input, "--report=" + blocked.resolve("nightly.report.csv"));

		// then: exit 1, one line naming the report and the way to write it later
		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.STOPPED);
		assertThat(run.out() + run.err()).contains("cannot write the report " + blocked.resolve("nightly.report.csv"))
			.contains("write it later with --write-report=" + run.executionId())
			.doesNotContain("\tat ");
		int sent = seam.getAllServeEvents().size();
		assertThat(sent).isEqualTo(ROWS);

		// when: the report is written again from the table, elsewhere
		Path report = directory.resolve("nightly.report.csv");
		Result rewrite = CommandRun.exactly("--write-report=" + run.executionId(), "--report=" + report,
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath());

		// then: every row, as revoked, and nothing sent
		assertThat(rewrite.exitCode()).as(rewrite.out() + rewrite.err()).isEqualTo(ExitCode.OK);
		assertThat(rewrite.out()).contains("written from the outcome table to " + report + "; nothing sent.");
		List<String> rows = Files.readAllLines(report);
		assertThat(rows.subList(1, rows.size())).extracting(line -> line.split(",")[0] + "," + line.split(",")[3])
			.containsExactlyElementsOf(IntStream.rangeClosed(2, ROWS + 1).mapToObj(line -> line + ",REVOKED").toList());
		seam.verify(ROWS, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void writeReportOfAnUnknownExecutionShouldBeRefusedWithExit2() {
		Result rewrite = CommandRun.exactly("--write-report=404",
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath());

		assertThat(rewrite.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(rewrite.err()).contains("--write-report=404: no such job execution");
	}

	private Path input() throws Exception {
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		IntStream.rangeClosed(1, ROWS).forEach(row -> lines.add(USER + "," + device(row)));
		return Files.write(directory.resolve("nightly.csv"), lines);
	}

}
