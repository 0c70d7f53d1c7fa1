package com.example.seamrevoke;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.testsupport.PostgresPerTest;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several hosts sharing one job repository in PostgreSQL: each "host" is a child JVM of
 * the packaged jar with its own working directory and its own key (so WireMock tells
 * whose calls it got). One runner per job instance; a killed run is taken over once its
 * lease lapses, never before. The SIGTERM test runs as inherited.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresCrashSafetyIT extends CrashSafetyIT {

	/** Long enough for a JVM to start inside it; short enough for a test to wait out. */
	private static final List<String> LEASE = List.of("--revoke.lease.duration=12s", "--revoke.lease.heartbeat=2s");

	@RegisterExtension
	final PostgresPerTest postgres = new PostgresPerTest();

	@Override
	ChildProcessRun newChildRun(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.addAll(LEASE);
		all.add("--revoke.seam.api-key=host-a");
		return new ChildProcessRun(directory, all, postgres.database());
	}

	/**
	 * The same input, copied to another directory, run by a second host with its own key.
	 */
	private ChildProcessRun hostB() throws Exception {
		return hostB(directory.resolve("host-b/report.csv"));
	}

	private ChildProcessRun hostB(Path report) throws Exception {
		Path home = Files.createDirectories(directory.resolve("host-b"));
		Path input = Files.copy(directory.resolve("nightly.csv"), home.resolve("nightly.csv"));
		List<String> arguments = new ArrayList<>(
				List.of("--input=" + input, "--report=" + report, "--revoke.seam.endpoint=" + seam.baseUrl(),
						"--revoke.chunk-size=" + CHUNK, "--revoke.concurrency=4", "--revoke.seam.api-key=host-b"));
		arguments.addAll(LEASE);
		return new ChildProcessRun(home, arguments, postgres.database());
	}

	@Override
	@Test
	void revokeWhenKilledTwiceWithSigkillShouldResumeAndRecordEveryLineOnce() throws Exception {
		// given: host A is killed with kill -9 part-way
		ChildProcessRun hostA = childRun();
		killWithSigkillAfter(hostA, 60);
		long sentByA = requests();

		// when: host B runs the same command at once: A's lease has not lapsed
		ChildProcessRun hostB = hostB(directory.resolve("report.csv"));
		int refused = hostB.runToEnd();

		// then: refused, nothing sent
		assertThat(refused).as(hostB.output()).isEqualTo(ExitCode.RUNNING_ELSEWHERE);
		assertThat(hostB.output()).contains("another process is running this input: host ")
			.contains("holds its lease until")
			.doesNotContain("\tat ");
		assertThat(requests()).isEqualTo(sentByA);

		// when: A's lease lapses, and B runs the same command again
		ChildProcessRun.await(() -> noLiveLease(hostB), "the killed run's lease to lapse");
		int exitCode = hostB.runToEnd();

		// then: B took over, recovered A's execution and finished every line once
		assertThat(exitCode).as(hostB.output()).isEqualTo(ExitCode.OK);
		assertThat(hostB.output()).contains("lapsed at", "taking over",
				"was interrupted (the process died); recovering and resuming it");
		assertEveryLineOnce(hostB);
		Map<String, Long> calls = callsPerDevice();
		assertThat(calls).hasSize(ROWS);
		assertThat(calls.values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(ROWS + CHUNK);
	}

	@Test
	void revokeStartedOnTwoHostsAtOnceShouldRunOnceAndTheOtherShouldExit4HavingSentNothing() throws Exception {
		ChildProcessRun hostA = childRun();
		ChildProcessRun hostB = hostB();

		Process a = hostA.start();
		Process b = hostB.start();
		a.waitFor();
		b.waitFor();

		List<Integer> exitCodes = List.of(a.exitValue(), b.exitValue());
		assertThat(exitCodes).as(hostA.output() + hostB.output())
			.containsExactlyInAnyOrder(ExitCode.OK, ExitCode.RUNNING_ELSEWHERE);
		ChildProcessRun winner = a.exitValue() == ExitCode.OK ? hostA : hostB;
		ChildProcessRun loser = winner == hostA ? hostB : hostA;
		assertThat(loser.output()).contains("not started: another process is running this input");
		String loserKey = loser == hostA ? "host-a" : "host-b";
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer " + loserKey)));
		assertThat(callsPerDevice()).hasSize(ROWS).allSatisfy((device, count) -> assertThat(count).isEqualTo(1));
		try (Connection db = winner.database()) {
			assertThat(ChildProcessRun.column(db, "SELECT status FROM batch_job_execution"))
				.containsExactly("COMPLETED");
			assertThat(ChildProcessRun.column(db, "SELECT COUNT(*) FROM run_lease")).containsExactly("0");
		}
	}

	@Test
	void revokeWhileAnotherHostIsRunningItShouldExit4AndNeverTakeItsLease() throws Exception {
		// given: host A is half-way through
		ChildProcessRun hostA = childRun();
		Process a = hostA.start();
		ChildProcessRun.await(() -> requests() >= 60, "60 requests");

		// when: host B runs the same command
		ChildProcessRun hostB = hostB();
		int refused = hostB.runToEnd();
		a.waitFor();

		// then: B sent nothing; A finished every line exactly once
		assertThat(refused).as(hostB.output()).isEqualTo(ExitCode.RUNNING_ELSEWHERE);
		assertThat(a.exitValue()).as(hostA.output()).isEqualTo(ExitCode.OK);
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer host-b")));
		assertEveryLineOnce(hostA);
		assertThat(callsPerDevice()).hasSize(ROWS).allSatisfy((device, count) -> assertThat(count).isEqualTo(1));
	}

	private static boolean noLiveLease(ChildProcessRun run) {
		try (Connection db = run.database()) {
			return ChildProcessRun.column(db, "SELECT COUNT(*) FROM run_lease WHERE expires_at > CURRENT_TIMESTAMP")
				.equals(List.of("0"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
