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
 * {@code revoke.skip-limit}: once more rows than the limit are FAILED, the job stops
 * after the chunk that crossed it commits (docs/operations.md, "Configuration" and "Stop
 * reasons"). Calls already started ahead of that chunk (at most the read-ahead) are not
 * recorded: the next run sends them again.
 */
class SkipLimitIT {

	private static final int ROWS = 10;

	private static final int CHUNK = 2;

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void revokeWhenMoreRowsFailThanTheSkipLimitShouldStopAfterTheChunkAndSendNoLaterRow() throws IOException {
		// given: ten rows in chunks of two, calls at most two rows ahead; Seam knows only
		// device 1
		Path input = directory.resolve("offboarding.csv");
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		IntStream.rangeClosed(1, ROWS).forEach(row -> lines.add(USER + "," + device(row)));
		Files.write(input, lines);
		seam.stubFor(post(REVOKE).willReturn(seamError(404, "device_not_found", "Device not found")));
		seam.stubFor(post(REVOKE).withRequestBody(containing(device(1))).willReturn(ok()));
		Path report = directory.resolve("report.csv");

		// when: the first chunk fails one row (at the limit), the second two more
		Result result = CommandRun.in(directory)
			.against(seam)
			.run("--input=" + input, "--report=" + report, "--revoke.skip-limit=1", "--revoke.chunk-size=" + CHUNK,
					"--revoke.concurrency=" + CHUNK, "--revoke.read-ahead=" + CHUNK);

		// then: stopped with the reason, the two committed chunks reported, nothing past
		// the read-ahead sent
		assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.STOPPED);
		assertThat(result.out()).contains("Stopped: 3 rows FAILED, more than revoke.skip-limit=1")
			.contains("Run the same command again");
		List<String> rows = Files.readAllLines(report);
		assertThat(rows.subList(1, rows.size())).extracting(line -> {
			String[] cells = line.split(",");
			return cells[0] + "," + cells[3] + "," + cells[5];
		})
			.containsExactly("2,REVOKED,", "3,FAILED,device_not_found", "4,FAILED,device_not_found",
					"5,FAILED,device_not_found");
		assertThat(seam.countRequestsMatching(postRequestedFor(urlEqualTo(REVOKE)).build()).getCount()).isBetween(4,
				4 + CHUNK);
		for (int row = 1; row <= 4; row++) {
			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(row))));
		}
		for (int row = 4 + CHUNK + 1; row <= ROWS; row++) {
			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(device(row))));
		}
	}

}
