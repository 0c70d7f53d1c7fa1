package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.opencsv.CSVReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CuttableProxy;
import com.example.seamrevoke.testsupport.FlappingSeam;
import com.example.seamrevoke.testsupport.JarProcess;
import com.example.seamrevoke.testsupport.PostgresDatabase;
import com.example.seamrevoke.testsupport.PostgresPerTest;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import static com.example.seamrevoke.testsupport.TestIds.device;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar crashed again and again over a Seam stand-in that flaps (503s, dropped
 * connections, slow answers), from a seed: kill -9 at random points of the revoke and
 * verify steps, a kill while it recovers, a SIGTERM and a kill right after the stopped
 * run resumed, and on PostgreSQL its database cut mid-run. Then the same command runs
 * until the file is done, and every guarantee of docs/crash-safety.md is checked. Larger
 * runs: {@code -Dcampaign.rows=2000 -Dcampaign.crashes=8 -Dcampaign.seed=7}
 * (BENCHMARKS.md).
 */
@Tag("fault-campaign")
class FaultCampaignIT {

	static final long SEED = Long.getLong("campaign.seed", 16);

	static final int ROWS = Integer.getInteger("campaign.rows", 240);

	/** kill -9 in the revoke step, besides the scripted faults. */
	static final int CRASHES = Integer.getInteger("campaign.crashes", 1);

	static final int IDENTITIES = 30;

	static final int CHUNK = 10;

	static final int READ_AHEAD = 16;

	/** docs/crash-safety.md, "The repeat bound". */
	static final int BOUND = CHUNK + READ_AHEAD;

	@TempDir
	Path directory;

	FlappingSeam seam;

	final List<Run> runs = new ArrayList<>();

	@BeforeEach
	void startSeam() throws Exception {
		seam = new FlappingSeam(SEED, 0.15);
	}

	@AfterEach
	void stopSeam() {
		seam.close();
	}

	@Test
	void campaignOnAnH2FileUrlWithoutWriteDelay() throws Exception {
		campaign(JarProcess.inDirectory(directory).arguments(arguments()), null);
	}

	@Nested
	@ExtendWith(RequiresPostgres.class)
	class OnPostgres {

		@RegisterExtension
		final PostgresPerTest postgres = new PostgresPerTest();

		@Test
		void campaignWithTheDatabaseCutMidRun() throws Exception {
			PostgresDatabase database = postgres.database();
			URI server = URI.create(database.url().substring("jdbc:".length()));
			try (CuttableProxy proxy = new CuttableProxy(server.getHost(), server.getPort())) {
				String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
				List<String> arguments = new ArrayList<>(arguments());
				arguments.add("--spring.datasource.hikari.connection-timeout=2000");
				campaign(JarProcess.inDirectory(directory).arguments(arguments).postgres(database, url), proxy);
			}
		}

	}

	void campaign(JarProcess job, @Nullable CuttableProxy proxy) throws Exception {
		Random random = new Random(SEED);
		int step = ROWS / (CRASHES + 8);
		for (int crash = 0; crash < CRASHES; crash++) {
			killAfterRevokes(job, step + random.nextInt(step));
		}
		killWhileRecovering(job);
		stopWithSigterm(job, step + random.nextInt(step));
		killAfterRevokes(job, 1 + random.nextInt(CHUNK));
		if (proxy != null) {
			cutDatabaseAfterRevokes(job, proxy, step + random.nextInt(step));
		}
		killAfterListings(job, 1 + random.nextInt(IDENTITIES / 2));
		runUntilDone(job);

		assertEveryLineOnceAsSeamLastAnswered(job);
		assertRepeatsWithinTheBound();
		assertReportEqualsTheTable(job);
	}

	private List<String> arguments() throws Exception {
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		for (int row = 1; row <= ROWS; row++) {
			lines.add(identity(row % IDENTITIES) + "," + device(row));
		}
		Path input = Files.write(directory.resolve("nightly.csv"), lines);
		return List.of("--input=" + input, "--report=" + directory.resolve("report.csv"), "--verify",
				"--revoke.seam.endpoint=" + seam.baseUrl(), "--revoke.chunk-size=" + CHUNK, "--revoke.concurrency=4",
				"--revoke.read-ahead=" + READ_AHEAD, "--revoke.retry.base-delay=5ms", "--revoke.retry.max-delay=20ms",
				"--revoke.lease.duration=10m", "--revoke.lease.heartbeat=5s");
	}

	private static String identity(int n) {
		return String.format("00000000-0000-4000-9000-%012d", n);
	}

	private void killAfterRevokes(JarProcess job, int revokes) throws Exception {
		Run run = start(job, Fault.KILL);
		int from = seam.revokeCalls();
		run.awaitOrEnd(() -> seam.revokeCalls() - from >= revokes);
		run.kill();
	}

	/** Killed once it said it recovers, before its first chunk commits. */
	private void killWhileRecovering(JarProcess job) throws Exception {
		Run run = start(job, Fault.KILL_WHILE_RECOVERING);
		run.awaitOrEnd(() -> run.output().contains("recovering and resuming it"));
		run.kill();
	}

	private void stopWithSigterm(JarProcess job, int revokes) throws Exception {
		Run run = start(job, Fault.SIGTERM);
		int from = seam.revokeCalls();
		run.awaitOrEnd(() -> seam.revokeCalls() - from >= revokes);
		run.process.destroy();
		assertThat(run.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(run.process.exitValue()).as(run.output()).isIn(ExitCode.STOPPED, ExitCode.OK);
	}

	private void cutDatabaseAfterRevokes(JarProcess job, CuttableProxy proxy, int revokes) throws Exception {
		Run run = start(job, Fault.DATABASE_CUT);
		int from = seam.revokeCalls();
		run.awaitOrEnd(() -> seam.revokeCalls() - from >= revokes);
		proxy.cut();
		boolean ended = run.process.waitFor(30, TimeUnit.SECONDS);
		proxy.restore();
		assertThat(ended).as("the run ends when its database goes away: " + run.output()).isTrue();
		assertThat(run.process.exitValue()).as(run.output()).isEqualTo(ExitCode.STOPPED);
		assertThat(run.output()).doesNotContain("\tat ");
	}

	private void killAfterListings(JarProcess job, int listings) throws Exception {
		Run run = start(job, Fault.KILL_IN_VERIFY);
		int from = seam.listCalls();
		run.awaitOrEnd(() -> seam.listCalls() - from >= listings);
		run.kill();
	}

	private void runUntilDone(JarProcess job) throws Exception {
		for (int attempt = 0; attempt < 4; attempt++) {
			Run run = start(job, Fault.NONE);
			assertThat(run.process.waitFor(3, TimeUnit.MINUTES)).isTrue();
			int exitCode = run.process.exitValue();
			assertThat(run.output()).doesNotContain("\tat ");
			if (exitCode == ExitCode.OK || exitCode == ExitCode.ROWS_NEED_ATTENTION) {
				return;
			}
			assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.STOPPED);
		}
		throw new AssertionError("the file was not done after four runs: " + job.output());
	}

	private Run start(JarProcess job, Fault fault) throws Exception {
		Run run = new Run(runs.size() + 1, fault, job, job.output().length());
		run.startedNanos = System.nanoTime();
		run.process = job.environment("SEAM_API_KEY", "run-" + run.number).start();
		runs.add(run);
		return run;
	}

	/** Every line once, and each outcome what the stand-in last answered for it. */
	private void assertEveryLineOnceAsSeamLastAnswered(JarProcess job) throws Exception {
		Map<String, FlappingSeam.Answer> answers = seam.lastAnswers();
		try (Connection db = job.database();
				ResultSet rows = db.createStatement()
					.executeQuery(
							"SELECT line, device_id, http_status, seam_request_id, outcome FROM revocation_outcome"
									+ " ORDER BY line")) {
			List<Long> lines = new ArrayList<>();
			while (rows.next()) {
				lines.add(rows.getLong(1));
				String device = rows.getString(2);
				Integer status = (Integer) rows.getObject(3, Integer.class);
				assertThat(new FlappingSeam.Answer(status, rows.getString(4)))
					.as("line %d (%s), outcome %s", rows.getLong(1), device, rows.getString(5))
					.isEqualTo(answers.get(device));
			}
			assertThat(lines).hasSize(ROWS).doesNotHaveDuplicates();
		}
	}

	/**
	 * The revokes a run that ended without committing them sent, and a later run sent
	 * again: at most the bound per crash, none after a SIGTERM.
	 */
	private void assertRepeatsWithinTheBound() {
		Map<String, Set<String>> byRun = seam.devicesByRun();
		Map<Integer, Integer> repeats = new HashMap<>();
		for (Run run : runs) {
			Set<String> later = new HashSet<>();
			runs.stream()
				.filter(other -> other.number > run.number)
				.forEach(other -> later.addAll(byRun.getOrDefault("Bearer run-" + other.number, Set.of())));
			Set<String> repeated = new HashSet<>(byRun.getOrDefault("Bearer run-" + run.number, Set.of()));
			repeated.retainAll(later);
			repeats.put(run.number, repeated.size());
			int allowed = (run.fault == Fault.SIGTERM) ? 0 : BOUND;
			assertThat(repeated.size()).as("revokes of run %d (%s) sent again", run.number, run.fault)
				.isLessThanOrEqualTo(allowed);
		}
		Map<Integer, Long> toFirstRevoke = new HashMap<>();
		for (Run run : runs) {
			Long first = seam.firstCallNanos("Bearer run-" + run.number);
			if (first != null) {
				toFirstRevoke.put(run.number, Duration.ofNanos(first - run.startedNanos).toMillis());
			}
		}
		System.out.println(
				"Fault campaign, seed " + SEED + ", " + ROWS + " rows: runs " + runs + ", repeats per run " + repeats
						+ ", revoke calls " + seam.revokeCalls() + ", ms from start to first revoke " + toFirstRevoke);
	}

	private void assertReportEqualsTheTable(JarProcess job) throws Exception {
		List<String> table = new ArrayList<>();
		try (Connection db = job.database();
				ResultSet rows = db.createStatement()
					.executeQuery(
							"SELECT line, device_id, outcome, http_status, seam_request_id FROM revocation_outcome"
									+ " ORDER BY line")) {
			while (rows.next()) {
				table.add(rows.getLong(1) + "," + rows.getString(2) + "," + rows.getString(3) + ","
						+ (rows.getObject(4) == null ? "" : rows.getInt(4)) + ","
						+ (rows.getString(5) == null ? "" : rows.getString(5)));
			}
		}
		List<String> report = new ArrayList<>();
		try (Reader file = Files.newBufferedReader(directory.resolve("report.csv"));
				CSVReader csv = new CSVReader(file)) {
			csv.skip(1);
			for (String[] cells : csv) {
				report.add(cells[0] + "," + cells[2] + "," + cells[3] + "," + cells[4] + "," + cells[8]);
			}
		}
		assertThat(report).containsExactlyElementsOf(table);
	}

	enum Fault {

		KILL, KILL_WHILE_RECOVERING, SIGTERM, DATABASE_CUT, KILL_IN_VERIFY, NONE

	}

	static final class Run {

		final int number;

		final Fault fault;

		final JarProcess job;

		final int outputFrom;

		Process process;

		long startedNanos;

		Run(int number, Fault fault, JarProcess job, int outputFrom) {
			this.number = number;
			this.fault = fault;
			this.job = job;
			this.outputFrom = outputFrom;
		}

		String output() {
			try {
				return job.output().substring(outputFrom);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Waits until {@code reached} says so, or the run ends by itself. */
		void awaitOrEnd(BooleanSupplier reached) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!reached.getAsBoolean() && process.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}

		void kill() throws InterruptedException {
			process.destroyForcibly().waitFor();
		}

		@Override
		public String toString() {
			return number + ":" + fault;
		}

	}

}
