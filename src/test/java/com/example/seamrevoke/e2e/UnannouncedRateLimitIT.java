package com.example.seamrevoke.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.sandbox.SandboxSeamServer;
import com.example.seamrevoke.sandbox.SandboxSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Seam that allows 40 requests/s without telling the job, with and without
 * {@code Retry-After}: the adaptive rate control meets 429s and every row still ends
 * REVOKED, in the report and with its attempts counted.
 */
class UnannouncedRateLimitIT {

	private static final int ROWS = 300;

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "1", "none" })
	void revokeAgainstAnUnannounced40PerSecondLimitShouldRevokeEveryRow(String retryAfter) throws Exception {
		// given
		SandboxSettings limited = new SandboxSettings(5, 5, 0, 40, "none".equals(retryAfter) ? null : 1, 0);
		Path input = directory.resolve("bulk.csv");
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		IntStream.rangeClosed(1, ROWS)
			.forEach(row -> lines
				.add(String.format("6513270e-269e-4d37-b2a7-4de452e6b438,00000000-0000-4000-8000-%012d", row)));
		Files.write(input, lines);
		Path report = directory.resolve("report.csv");

		try (SandboxSeamServer seam = SandboxSeamServer.start(limited, 0)) {
			// when
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exitCode = new Command(SeamRevokeBatchApplication.class).run(
					new String[] { "--input=" + input, "--report=" + report, "--revoke.seam.endpoint=" + seam.baseUrl(),
							"--revoke.seam.api-key=" + SandboxSeamServer.API_KEY, "--revoke.concurrency=16",
							"--revoke.retry.max-attempts=8",
							"--spring.datasource.url=jdbc:h2:file:"
									+ directory.resolve("db/revocations").toAbsolutePath() },
					new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

			// then
			assertThat(exitCode).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
			List<String> rows = Files.readAllLines(report).subList(1, ROWS + 1);
			assertThat(rows).allSatisfy(row -> assertThat(row.split(",")[3]).isEqualTo("REVOKED"));
			long calls = statsValue(seam.stats(), "calls");
			long throttled = statsValue(seam.stats(), "throttled_429");
			assertThat(throttled).as("the limit was met").isPositive();
			long attempts = rows.stream().mapToLong(row -> Long.parseLong(row.split(",")[7])).sum();
			assertThat(attempts).isEqualTo(calls).isEqualTo(ROWS + throttled);
		}
	}

	private static long statsValue(String json, String name) {
		return Long.parseLong(json.replaceAll(".*\"" + name + "\":(\\d+).*", "$1"));
	}

}
