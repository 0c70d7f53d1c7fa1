package com.example.seamrevoke.e2e;

import java.io.IOException;
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
 * A run that fails half-way, then the same command: it resumes, and every line ends up
 * once.
 */
class RestartAfterFailureIT {

	private static final int ROWS = 30;

	private static final int CHUNK = 5;

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void revokeWhenSeamGoesDownMidRunShouldStopAndTheSameCommandShouldFinishEveryLineOnce() throws IOException {
		// given: Seam is down for the 17th row (line 18), in the fourth chunk
		Path input = directory.resolve("nightly.csv");
		Files.write(input, rows());
		seam.stubFor(post(REVOKE).willReturn(ok()));
		seam.stubFor(post(REVOKE).withRequestBody(containing(device(17)))
			.willReturn(seamError(503, "unavailable", "Service Unavailable")));
		CommandRun command = commandIn(directory).against(seam);
		String[] arguments = { "--input=" + input, "--report=" + directory.resolve("report.csv"),
				"--revoke.chunk-size=" + CHUNK, "--revoke.concurrency=" + CHUNK, "--revoke.retry.max-attempts=2",
				"--revoke.retry.base-delay=5ms", "--revoke.retry.stop-after-consecutive-exhausted=1" };

		// when
		Result failed = command.run(arguments);

		// then: stopped, with the first three chunks committed and reported
		assertThat(failed.exitCode()).isEqualTo(ExitCode.STOPPED);
		assertThat(failed.out()).contains("Seam looks unavailable").contains("Run the same command again");
		assertThat(reportLines()).hasSize(1 + 3 * CHUNK);

		// when: Seam is back and the scheduler runs the same command
		seam.resetAll();
		seam.stubFor(post(REVOKE).willReturn(ok()));
		Result resumed = command.run(arguments);

		// then: every line exactly once, and only the rolled-back chunk was sent again
		assertThat(resumed.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(resumed.out()).contains("Resuming execution");
		List<String> report = reportLines();
		assertThat(report).hasSize(1 + ROWS);
		assertThat(report.subList(1, report.size())).extracting(line -> line.split(",")[0])
			.containsExactlyElementsOf(IntStream.rangeClosed(2, ROWS + 1).mapToObj(Integer::toString).toList());
		assertThat(report).filteredOn(line -> line.contains(",REVOKED,")).hasSize(ROWS);
		for (int row = 1; row <= 3 * CHUNK; row++) {
			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(row))));
		}
		seam.verify(ROWS - 3 * CHUNK, postRequestedFor(urlEqualTo(REVOKE)));
	}

	/** The command with its own job repository: an H2 file under the test's directory. */
	CommandRun commandIn(Path directory) {
		return CommandRun.in(directory);
	}

	private List<String> reportLines() throws IOException {
		return Files.readAllLines(directory.resolve("report.csv"));
	}

	private static List<String> rows() {
		List<String> rows = new ArrayList<>(List.of("user_identity_id,device_id"));
		IntStream.rangeClosed(1, ROWS).forEach(row -> rows.add(USER + "," + device(row)));
		return rows;
	}

}
