package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.CommandRun.Result;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_B;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --force}: a file that was already processed is processed again, as a new job
 * instance with its own report (docs/operations.md, "Restarts and reruns").
 */
class ForceIT {

	private static final Pattern REPORT = Pattern.compile("(?m)^\\s+report\\s+(.+)$");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void revokeWhenTheSameFileIsForcedTwiceShouldSendEveryRowInBothRunsAsTwoInstances() throws IOException {
		// given: reports go to the default names, reports/<input name>-<job instance>
		Path input = Files.write(directory.resolve("offboarding.csv"),
				List.of("user_identity_id,device_id", USER + "," + DEVICE_A, USER + "," + DEVICE_B));
		Path reports = directory.resolve("reports");
		seam.stubFor(post(REVOKE).willReturn(ok()));
		CommandRun command = CommandRun.in(directory).against(seam);
		String[] arguments = { "--input=" + input, "--force", "--revoke.report-directory=" + reports };

		// when
		Result first = command.run(arguments);
		Result second = command.run(arguments);

		// then: both runs sent both rows, and each has its own execution and report
		assertThat(first.exitCode()).as(first.out()).isEqualTo(ExitCode.OK);
		assertThat(second.exitCode()).as(second.out()).isEqualTo(ExitCode.OK);
		assertThat(second.out()).doesNotContain("Already processed").doesNotContain("Resuming");
		assertThat(second.executionId()).isNotEqualTo(first.executionId());
		seam.verify(4, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(DEVICE_A)));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(DEVICE_B)));
		Path firstReport = reportOf(first);
		Path secondReport = reportOf(second);
		assertThat(secondReport).isNotEqualTo(firstReport);
		try (Stream<Path> files = Files.list(reports)) {
			// each instance its own report, and its audit page beside it
			assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactlyInAnyOrder(
					firstReport.getFileName().toString(), secondReport.getFileName().toString(), page(firstReport),
					page(secondReport));
		}
		for (Path report : List.of(firstReport, secondReport)) {
			assertThat(Files.readAllLines(report)).hasSize(3).filteredOn(line -> line.contains(",REVOKED,")).hasSize(2);
		}
	}

	private static String page(Path report) {
		return report.getFileName().toString().replace(".csv", ".html");
	}

	/**
	 * The report the summary table names (" report reports/offboarding-1.report.csv").
	 */
	private static Path reportOf(Result result) {
		Matcher matcher = REPORT.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		return Path.of(matcher.group(1).trim());
	}

}
