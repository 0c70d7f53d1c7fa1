package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;
import com.example.seamrevoke.testsupport.PostgresPerTest;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several hosts sharing one job repository in PostgreSQL: each "host" is a child JVM of
 * the packaged jar with its own working directory and its own key (so WireMock tells
 * whose calls it got). One runner per job instance; a killed run is taken over once its
 * lease lapses, never before. The SIGTERM test runs as inherited.
 *
 * <p>
 * Nothing here depends on how fast a JVM starts: a runner is held at one row (a
 * {@link Gate}) until the other host has made up its mind, and a dead run's lease is made
 * to lapse by moving its expiry back rather than by waiting for it.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresCrashSafetyIT extends CrashSafetyIT {

	/** A lease no test outlives: it lapses only when a test says so. */
	private static final List<String> LONG_LEASE = List.of("--revoke.lease.duration=10m",
			"--revoke.lease.heartbeat=5s");

	/** A lease a held-up run outlives many times over: only its heartbeat keeps it. */
	private static final List<String> SHORT_LEASE = List.of("--revoke.lease.duration=15s",
			"--revoke.lease.heartbeat=3s");

	private static final int HELD_BACK = 20;

	@RegisterExtension
	final PostgresPerTest postgres = new PostgresPerTest();

	private List<String> lease = LONG_LEASE;

	@Override
	JarProcess newChildRun(List<String> arguments) {
		return host(directory, arguments, "host-a");
	}

	/**
	 * The same input, copied to another directory, run by a second host with its own key.
	 */
	private JarProcess hostB(Path report) throws IOException {
		Path home = Files.createDirectories(directory.resolve("host-b"));
		Path input = Files.copy(directory.resolve("nightly.csv"), home.resolve("nightly.csv"));
		return host(home, List.of("--input=" + input, "--report=" + report, "--revoke.seam.endpoint=" + seam.baseUrl(),
				"--revoke.chunk-size=" + CHUNK, "--revoke.concurrency=4"), "host-b");
	}

	private JarProcess host(Path home, List<String> arguments, String key) {
		List<String> all = new ArrayList<>(arguments);
		all.addAll(lease);
		all.add("--revoke.seam.api-key=" + key);
		all.add("--revoke.seam.read-timeout=10m");
		return JarProcess.loggingTo(home.resolve("child.log"))
			.environment("SEAM_API_KEY", "child-key")
			.postgres(postgres.database())
			.arguments(all);
	}

	@Override
	@Test
	void revokeWhenKilledTwiceWithSigkillShouldResumeAndRecordEveryLineOnce() throws Exception {
		// given: host A is killed with kill -9 part-way
		JarProcess hostA = childRun();
		killWithSigkillAfter(hostA, 60);
		long sentByA = requests();
		// A ran on another machine: from here nobody can see that its process is gone
		try (Connection db = hostA.database()) {
			db.createStatement().executeUpdate("UPDATE run_lease SET machine = 'another-machine'");
		}

		// when: host B runs the same command while A's lease has not lapsed
		JarProcess hostB = hostB(directory.resolve("report.csv"));
		int refused = hostB.runToEnd();

		// then: refused, nothing sent
		assertThat(refused).as(hostB.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
		assertThat(hostB.output()).contains("not started: another process is running this input: host ")
			.contains("holds its lease until")
			.doesNotContain("\tat ");
		assertThat(requests()).isEqualTo(sentByA);

		// when: A's lease lapses (its 10 minutes pass), and B runs the same command again
		try (Connection db = hostB.database()) {
			db.createStatement()
				.executeUpdate("UPDATE run_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 second'");
		}
		int exitCode = hostB.runToEnd();

		// then: B took over, recovered A's execution and finished every line once
		assertThat(exitCode).as(hostB.output()).isEqualTo(ExitCode.OK);
		assertThat(hostB.output()).contains("lapsed at", "taking over",
				"was interrupted (the process died); recovering and resuming it");
		assertEveryLineOnce(hostB);
		Map<String, Long> calls = callsPerDevice();
		assertThat(calls).hasSize(ROWS);
		assertThat(calls.values().stream().mapToLong(Long::longValue).sum())
			.isLessThanOrEqualTo(ROWS + CHUNK + READ_AHEAD);
	}

	@Test
	void revokeRunAgainAtOnceOnTheSameHostAfterSigkillShouldTakeOverTheDeadProcessesLease() throws Exception {
		// given: a run killed with kill -9, its 10-minute lease far from lapsing
		JarProcess run = childRun();
		killWithSigkillAfter(run, 60);

		// when: the same command runs again at once on the same host
		int exitCode = run.runToEnd();

		// then: the dead process's lease was taken over at once, and every line done once
		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		assertThat(run.output()).contains("that process is gone from this host: taking over",
				"was interrupted (the process died); recovering and resuming it");
		assertEveryLineOnce(run);
		assertThat(callsPerDevice()).hasSize(ROWS);
		assertThat(requests()).isLessThanOrEqualTo(ROWS + CHUNK + READ_AHEAD);
	}

	@Test
	void revokeStartedOnTwoHostsAtOnceShouldRunOnceAndTheOtherShouldExit4HavingSentNothing() throws Exception {
		try (Gate gate = Gate.holdBack(HELD_BACK)) {
			// given: the same file on two hosts
			JarProcess hostA = childRun();
			JarProcess hostB = hostB(directory.resolve("host-b/report.csv"));

			// when: both start at the same moment; the one that runs is held at one row
			Process a = hostA.start();
			Process b = hostB.start();
			Process first = a.onExit().applyToEither(b.onExit(), exited -> exited).get(5, TimeUnit.MINUTES);
			gate.open();
			a.waitFor();
			b.waitFor();

			// then: the first to end is the one that did not run
			JarProcess loser = first == a ? hostA : hostB;
			JarProcess winner = first == a ? hostB : hostA;
			Process winning = first == a ? b : a;
			assertThat(first.exitValue()).as(loser.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
			assertThat(loser.output()).contains("not started: another process is running this input");
			assertThat(winning.exitValue()).as(winner.output()).isEqualTo(ExitCode.OK);
			String loserKey = loser == hostA ? "host-a" : "host-b";
			seam.verify(0,
					postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer " + loserKey)));
			assertThat(callsPerDevice()).hasSize(ROWS).allSatisfy((device, count) -> assertThat(count).isEqualTo(1));
			try (Connection db = winner.database()) {
				assertThat(JarProcess.column(db, "SELECT status FROM batch_job_execution"))
					.containsExactly("COMPLETED");
				assertThat(JarProcess.column(db, "SELECT COUNT(*) FROM run_lease")).containsExactly("0");
			}
		}
	}

	@Test
	void revokeWhileAnotherHostIsRunningItShouldExit4AndNeverTakeItsLease() throws Exception {
		try (Gate gate = Gate.holdBack(HELD_BACK)) {
			// given: host A, with a 15 s lease, is held at one row for as long as B needs
			lease = SHORT_LEASE;
			JarProcess hostA = childRun();
			Process a = hostA.start();
			gate.awaitReached();

			// when: host B runs the same command
			JarProcess hostB = hostB(directory.resolve("host-b/report.csv"));
			int refused = hostB.runToEnd();
			gate.open();
			a.waitFor();

			// then: B sent nothing; A's heartbeat kept its lease, and A finished every
			// line once
			assertThat(refused).as(hostB.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
			assertThat(a.exitValue()).as(hostA.output()).isEqualTo(ExitCode.OK);
			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer host-b")));
			assertEveryLineOnce(hostA);
			assertThat(callsPerDevice()).hasSize(ROWS).allSatisfy((device, count) -> assertThat(count).isEqualTo(1));
		}
	}

	/**
	 * Seam's answer for one row, held back until the test opens the gate: WireMock
	 * proxies that row to this server, which waits.
	 */
	private static final class Gate implements AutoCloseable {

		private final HttpServer server;

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch open = new CountDownLatch(1);

		private Gate(HttpServer server) {
			this.server = server;
		}

		static Gate holdBack(int row) throws IOException {
			Gate gate = new Gate(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
			gate.server.createContext("/", gate::answerWhenOpen);
			gate.server.setExecutor(Executors.newCachedThreadPool());
			gate.server.start();
			seam.stubFor(post(REVOKE).atPriority(1)
				.withRequestBody(containing(String.format("%012d\"", row)))
				.willReturn(aResponse().proxiedFrom("http://127.0.0.1:" + gate.server.getAddress().getPort())));
			return gate;
		}

		private void answerWhenOpen(HttpExchange exchange) throws IOException {
			reached.countDown();
			try {
				open.await(5, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		}

		void awaitReached() throws InterruptedException {
			if (!reached.await(5, TimeUnit.MINUTES)) {
				throw new IllegalStateException("no run reached the held-back row in 5 minutes");
			}
		}

		void open() {
			open.countDown();
		}

		@Override
		public void close() {
			open.countDown();
			server.stop(0);
		}

	}

}
