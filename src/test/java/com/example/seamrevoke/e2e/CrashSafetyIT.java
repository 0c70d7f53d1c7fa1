package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nightly runs get killed. The real jar runs in a child JVM against a slow Seam, is
 * killed (kill -9 twice, or SIGTERM once) part-way, and the same command is run again
 * until it completes.
 */
class CrashSafetyIT {

	static final int ROWS = 400;

	static final int CHUNK = 10;

	static final int READ_AHEAD = 8;

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(40))
		.build();

	@TempDir
	Path directory;

	@Test
	void revokeWhenKilledTwiceWithSigkillShouldResumeAndRecordEveryLineOnce() throws Exception {
		JarProcess run = childRun();

		killWithSigkillAfter(run, 60);
		killWithSigkillAfter(run, 200);
		int exitCode = run.runToEnd();

		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		assertThat(run.output()).contains("was interrupted (the process died); recovering and resuming it");
		assertEveryLineOnce(run);
		Map<String, Long> calls = callsPerDevice();
		assertThat(calls).hasSize(ROWS);
		// a kill can only lose the uncommitted chunk and the rows started ahead of it, so
		// at most that many per kill are sent twice
		assertThat(calls.values().stream().mapToLong(Long::longValue).sum())
			.isLessThanOrEqualTo(ROWS + 2L * (CHUNK + READ_AHEAD));
		assertThat(calls.values()).allMatch(count -> count <= 3);
	}

	@Test
	void revokeWhenStoppedWithSigtermShouldFinishTheChunkMarkStoppedAndResumeWithoutRepeats() throws Exception {
		JarProcess run = childRun();
		Process process = run.start();
		JarProcess.await(() -> requests() >= 100, "100 requests");

		int stopped = JarProcess.sigterm(process);

		assertThat(stopped).as(run.output()).isEqualTo(ExitCode.STOPPED);
		assertThat(run.output()).contains("SIGTERM: finishing the rows in flight").contains("STOPPED");
		long committed;
		try (Connection db = run.database()) {
			assertThat(JarProcess.column(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("STOPPED");
			committed = Long.parseLong(JarProcess.column(db, "SELECT COUNT(*) FROM revocation_outcome").get(0));
		}
		assertThat(Files.readAllLines(directory.resolve("report.csv"))).hasSize((int) committed + 1);
		assertThat(committed).isEqualTo(requests());

		int exitCode = run.runToEnd();

		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		assertEveryLineOnce(run);
		assertThat(callsPerDevice()).hasSize(ROWS).allSatisfy((device, count) -> assertThat(count).isEqualTo(1));
	}

	@Test
	void revokeAfterAnExecutionEndedUnknownShouldRecoverItAndResumeFromTheTable() throws Exception {
		// given: a run killed part-way, its execution left as a commit that failed when
		// the database restarted leaves it (docs/crash-safety.md, "Recovery")
		JarProcess run = childRun();
		killWithSigkillAfter(run, 60);
		try (Connection db = run.database()) {
			db.createStatement()
				.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN',"
						+ " END_TIME = CURRENT_TIMESTAMP");
			db.createStatement()
				.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS = 'STARTED'");
		}

		// when: the same command runs again
		int exitCode = run.runToEnd();

		// then: recovered without a hand on the database, every line once, in bound
		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		assertThat(run.output()).contains("ended UNKNOWN", "recovering and resuming it")
			.doesNotContain("Manual intervention");
		assertEveryLineOnce(run);
		assertThat(callsPerDevice()).hasSize(ROWS);
		assertThat(requests()).isLessThanOrEqualTo(ROWS + CHUNK + READ_AHEAD);
		try (Connection db = run.database()) {
			assertThat(JarProcess.column(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
				.containsExactly("FAILED", "COMPLETED");
		}
	}

	JarProcess childRun() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(ok().withFixedDelay(15)));
		Path input = directory.resolve("nightly.csv");
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		IntStream.rangeClosed(1, ROWS).forEach(row -> lines.add(USER + "," + device(row)));
		Files.write(input, lines);
		return newChildRun(List.of("--input=" + input, "--report=" + directory.resolve("report.csv"),
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--revoke.chunk-size=" + CHUNK, "--revoke.concurrency=4",
				"--revoke.read-ahead=" + READ_AHEAD));
	}

	/** The jar with its job repository in an H2 file under the test's directory. */
	JarProcess newChildRun(List<String> arguments) {
		return JarProcess.loggingTo(directory.resolve("child.log"))
			.environment("SEAM_API_KEY", "child-key")
			.h2File(directory.resolve("db/revocations"))
			.arguments(arguments);
	}

	void killWithSigkillAfter(JarProcess run, int requests) throws Exception {
		Process process = run.start();
		JarProcess.await(() -> requests() >= requests, requests + " requests");
		JarProcess.kill9(process);
	}

	void assertEveryLineOnce(JarProcess run) throws Exception {
		List<String> expectedLines = IntStream.rangeClosed(2, ROWS + 1).mapToObj(Integer::toString).toList();
		try (Connection db = run.database()) {
			assertThat(JarProcess.column(db, "SELECT line FROM revocation_outcome ORDER BY line"))
				.containsExactlyElementsOf(expectedLines);
			assertThat(JarProcess.column(db, "SELECT DISTINCT outcome FROM revocation_outcome"))
				.containsExactly("REVOKED");
		}
		List<String> report = Files.readAllLines(directory.resolve("report.csv"));
		assertThat(report.subList(1, report.size())).extracting(line -> line.split(",")[0])
			.containsExactlyElementsOf(expectedLines);
	}

	static long requests() {
		return seam.getAllServeEvents().size();
	}

	static Map<String, Long> callsPerDevice() {
		return seam.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map(request -> request.getBodyAsString().replaceAll(".*\"device_id\"\\s*:\\s*\"([^\"]+)\".*", "$1"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
