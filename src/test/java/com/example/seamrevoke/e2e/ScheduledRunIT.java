package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a scheduler runs it (output to a file, not a terminal): the
 * periodic progress log line, Boot's structured logging with no key in it, and two
 * schedulers firing at once on the same job repository.
 */
class ScheduledRunIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	/** A key recognisable anywhere in the output. */
	private static final String KEY = "seam_live_K3yThatMustNeverShow_9f8e7d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void runUnderASchedulerShouldLogProgressPeriodically() throws Exception {
		seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}").withFixedDelay(50)));
		Path input = csv(40);

		JarProcess child = child("run", "--input=" + input, "--revoke.progress-interval=200ms",
				"--revoke.concurrency=2");

		assertThat(child.runToEnd()).isZero();
		assertThat(child.output()).containsPattern("INFO .* Progress: \\d+/40 rows \\(\\d+%\\), \\d+\\.\\d rows/s")
			.contains("Execution 1 COMPLETED: 40 rows (REVOKED 40)");
		seam.verify(40, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void structuredLoggingShouldWriteEachLogLineAsJsonWithoutTheKey() throws Exception {
		for (String format : List.of("ecs", "logstash")) {
			seam.resetAll();
			seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}").withFixedDelay(50)));
			Path input = csv(20);

			JarProcess child = child(format, "--input=" + input, "--force", "--revoke.progress-interval=200ms",
					"--revoke.concurrency=2", "--logging.structured.format.console=" + format,
					"--logging.level.org.springframework.batch=INFO");
			int exitCode = child.runToEnd();

			assertThat(exitCode).as(child.output()).isZero();
			List<JsonNode> logLines = new ArrayList<>();
			for (String line : child.output().lines().toList()) {
				if (line.startsWith("{")) {
					logLines.add(JSON.readTree(line));
				}
				else {
					assertThat(line).as("a log line not in JSON").doesNotContainPattern(" (INFO|WARN|ERROR) ");
				}
			}
			assertThat(logLines).as(format).isNotEmpty();
			assertThat(logLines).anySatisfy(line -> assertThat(line.toString()).contains("Progress: "));
			assertThat(child.output()).doesNotContain(KEY).doesNotContain(KEY.substring(10));
		}
	}

	@Test
	void secondSchedulerOnTheSameRepositoryShouldSendNothingAndExit4() throws Exception {
		// given: the first run is busy with a slow Seam (long enough for two JVMs to
		// start)
		seam.stubFor(post(urlEqualTo(REVOKE)).willReturn(okJson("{\"ok\":true}").withFixedDelay(500)));
		Path input = csv(400);
		JarProcess first = child("first", "--input=" + input, "--revoke.concurrency=1");
		Process running = first.start();
		JarProcess.await(() -> seam.getAllServeEvents().size() >= 2, "the first run to send");

		// when: a second scheduler fires on the same file, and one on its directory
		JarProcess second = child("second", "--input=" + input);
		JarProcess secondOnDirectory = child("second-dir", "--input=" + directory.resolve("in"), "--sandbox");
		int secondExit = second.runToEnd();
		int directoryExit = secondOnDirectory.runToEnd();
		boolean firstStillRunning = running.isAlive();
		int firstExit = JarProcess.sigterm(running);

		// then: both say so, exit 4 and send nothing: no pair was sent twice
		assertThat(firstStillRunning).as("the first run outlasted the second ones").isTrue();
		assertThat(secondExit).as(second.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
		assertThat(directoryExit).as(secondOnDirectory.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
		assertThat(second.output()).contains("another run is using the job repository")
			.contains("sent nothing")
			.doesNotContain("\tat ");
		assertThat(secondOnDirectory.output()).doesNotContain("Sandbox");
		assertThat(firstExit).as(first.output()).isEqualTo(ExitCode.STOPPED);
		List<String> bodies = seam.getAllServeEvents()
			.stream()
			.map(event -> event.getRequest().getBodyAsString())
			.toList();
		assertThat(bodies).doesNotHaveDuplicates();
	}

	private Path csv(int rows) throws IOException {
		StringBuilder csv = new StringBuilder("user_identity_id,device_id\n");
		for (int i = 0; i < rows; i++) {
			csv.append("6513270e-269e-4d37-b2a7-4de452e6b438,")
				.append(String.format("00000000-0000-4000-8000-%012d", i))
				.append('\n');
		}
		Path in = Files.createDirectories(directory.resolve("in"));
		return Files.writeString(in.resolve("drop.csv"), csv);
	}

	/** The packaged jar in a child JVM with the recognisable key in its environment. */
	private JarProcess child(String name, String... arguments) {
		return JarProcess.loggingTo(directory.resolve(name + ".log"))
			.environment("SEAM_API_KEY", KEY)
			.environment("SEAM_ENDPOINT", seam.baseUrl())
			.h2File(directory.resolve("db/revocations"))
			.arguments(arguments)
			.arguments("--revoke.report-directory=" + directory.resolve("reports"));
	}

}
