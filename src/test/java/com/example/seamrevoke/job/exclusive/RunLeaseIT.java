package com.example.seamrevoke.job.exclusive;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lease on a job instance, on the real {@code run_lease} table: one holder at a time,
 * a lapsed lease taken over, a live one kept by its heartbeat, and a holder that lost it
 * told at once.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:run-lease;DB_CLOSE_DELAY=-1")
class RunLeaseIT {

	/** Short, with room for a busy machine: lost only after 4.5 s without a renewal. */
	private static final RevokeProperties.Lease SHORT = new RevokeProperties.Lease(Duration.ofSeconds(5),
			Duration.ofMillis(500));

	@Autowired
	RunLeases leases;

	@Autowired
	JdbcTemplate jdbc;

	private final Queue<String> lost = new ConcurrentLinkedQueue<>();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void claimWhileAnotherProcessHoldsTheLeaseShouldBeRefusedNamingItsHostAndPid() {
		JobParameters input = input();
		LeaseOwner hostA = new LeaseOwner("a", "host-a", 101);
		try (ExclusiveRunProof.Claim claim = proof(hostA).claim(input, print())) {
			assertThatExceptionOfType(RunInProgressException.class)
				.isThrownBy(() -> proof(new LeaseOwner("b", "host-b", 202)).claim(input, print()))
				.withMessageContaining("host host-a (pid 101) holds its lease until")
				.withMessageContaining("nothing sent");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lease", Integer.class)).isZero();
	}

	@Test
	void claimAfterTheHoldersLeaseLapsedShouldTakeItOverAndSaySo() {
		JobParameters input = input();
		// a process that took the lease and died: nobody renews it
		leases.tryAcquire(LeaseRunProof.keyOf(input), new LeaseOwner("a", "host-a", 101), SHORT.duration());
		jdbc.update("UPDATE run_lease SET expires_at = ?", OffsetDateTime.now().minusMinutes(1));

		try (ExclusiveRunProof.Claim claim = proof(new LeaseOwner("b", "host-b", 202)).claim(input, print())) {
			assertThat(out.toString(StandardCharsets.UTF_8))
				.contains("The lease of host host-a (pid 101) on this input lapsed at")
				.contains("taking over");
			assertThat(jdbc.queryForList("SELECT host FROM run_lease", String.class)).containsExactly("host-b");
		}
	}

	@Nested
	class HolderOnThisMachine {

		private final String machine = ThisMachine.id();

		/** A refused claim leaves the holder's row; the other tests expect none. */
		@AfterEach
		void deleteTheHoldersLease() {
			jdbc.update("DELETE FROM run_lease");
		}

		@Test
		void claimAfterTheHolderDiedShouldTakeItsLeaseOverAtOnce() throws Exception {
			JobParameters input = input();
			long deadPid = finishedProcess();
			leases.tryAcquire(LeaseRunProof.keyOf(input), holder(deadPid, "ticks:1"), Duration.ofMinutes(10));

			try (ExclusiveRunProof.Claim claim = proof(LeaseOwner.thisProcess()).claim(input, print())) {
				assertThat(out.toString(StandardCharsets.UTF_8)).contains("The lease of host host-a (pid " + deadPid
						+ ") on this input: that process is gone from this host: taking over.");
				assertThat(jdbc.queryForList("SELECT pid FROM run_lease", Long.class))
					.containsExactly(ProcessHandle.current().pid());
			}
		}

		@Test
		void claimAfterTheHoldersPidWasReusedShouldTakeItsLeaseOverAtOnce() {
			JobParameters input = input();
			long reused = ProcessHandle.current().pid();
			leases.tryAcquire(LeaseRunProof.keyOf(input), holder(reused, "ticks:1"), Duration.ofMinutes(10));

			try (ExclusiveRunProof.Claim claim = proof(LeaseOwner.thisProcess()).claim(input, print())) {
				assertThat(out.toString(StandardCharsets.UTF_8)).contains("that process is gone from this host");
			}
		}

		@Test
		void claimWhileTheHolderRunsShouldBeRefused() {
			JobParameters input = input();
			long live = ProcessHandle.current().pid();
			leases.tryAcquire(LeaseRunProof.keyOf(input), holder(live, ThisMachine.startOf(live)),
					Duration.ofMinutes(10));

			assertThatExceptionOfType(RunInProgressException.class)
				.isThrownBy(() -> proof(LeaseOwner.thisProcess()).claim(input, print()))
				.withMessageContaining("host host-a (pid " + live + ") holds its lease until");
		}

		@Test
		void claimWhileTheHolderRanOnAnotherMachineShouldBeRefusedWhateverItsPid() throws Exception {
			JobParameters input = input();
			LeaseOwner elsewhere = new LeaseOwner("a", "host-a", finishedProcess(), "host-a/another-boot/pid:[1]",
					"ticks:1");
			leases.tryAcquire(LeaseRunProof.keyOf(input), elsewhere, Duration.ofMinutes(10));

			assertThatExceptionOfType(RunInProgressException.class)
				.isThrownBy(() -> proof(LeaseOwner.thisProcess()).claim(input, print()));
		}

		private LeaseOwner holder(long pid, String processStart) {
			assertThat(machine).as("this machine can be told from others").isNotNull();
			return new LeaseOwner("a", "host-a", pid, machine, processStart);
		}

		private static long finishedProcess() throws Exception {
			Process process = new ProcessBuilder("true").start();
			process.waitFor();
			return process.pid();
		}

	}

	@Test
	void heartbeatShouldKeepALiveLeaseFarBeyondItsDuration() throws Exception {
		JobParameters input = input();
		try (ExclusiveRunProof.Claim claim = proof(new LeaseOwner("a", "host-a", 101)).claim(input, print())) {
			Thread.sleep(SHORT.duration().multipliedBy(2).toMillis());

			assertThatExceptionOfType(RunInProgressException.class)
				.isThrownBy(() -> proof(new LeaseOwner("b", "host-b", 202)).claim(input, print()));
			assertThat(lost).isEmpty();
		}
	}

	@Test
	void holderWhoseLeaseWasTakenOverShouldStopAtTheNextHeartbeat() throws Exception {
		JobParameters input = input();
		try (ExclusiveRunProof.Claim claim = proof(new LeaseOwner("a", "host-a", 101)).claim(input, print())) {
			jdbc.update("UPDATE run_lease SET owner = 'b', host = 'host-b', pid = 202");
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (lost.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
		assertThat(lost).singleElement().asString().contains("taken over by host host-b (pid 202)");
		assertThat(jdbc.queryForList("SELECT host FROM run_lease", String.class)).containsExactly("host-b");
	}

	private LeaseRunProof proof(LeaseOwner owner) {
		return new LeaseRunProof(leases, SHORT, owner, lost::add);
	}

	private PrintStream print() {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

	private static JobParameters input() {
		return new JobParametersBuilder().addString(JobParameterNames.MODE, "revoke", true)
			.addString(JobParameterNames.INPUT_SHA256, UUID.randomUUID().toString(), true)
			.toJobParameters();
	}

}
