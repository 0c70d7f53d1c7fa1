package com.example.seamrevoke.job.exclusive;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.safety.Causes;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.dao.DataAccessException;

/**
 * A shared job repository: the run holds a lease on its job instance, renewed by a
 * heartbeat, and released when it ends. A process killed with {@code kill -9} stops
 * renewing, so its lease lapses at most {@code revoke.lease.duration} later and the same
 * command, from any host, takes over and recovers the execution it left
 * (docs/operations.md, "Production"); on the same machine it takes over at once, seeing
 * the process gone (docs/crash-safety.md, "Leases after a crash").
 *
 * <p>
 * A live process never loses its lease to another: if it cannot renew it before it could
 * lapse (the database unreachable, the process paused), it stops at once, before another
 * can take over; the lost rows are those of one chunk, as after a crash.
 */
class LeaseRunProof implements ExclusiveRunProof {

	private final RunLeases leases;

	private final RevokeProperties.Lease settings;

	private final LeaseOwner owner;

	private final Consumer<String> onLost;

	LeaseRunProof(RunLeases leases, RevokeProperties.Lease settings, LeaseOwner owner, Consumer<String> onLost) {
		this.leases = leases;
		this.settings = settings;
		this.owner = owner;
		this.onLost = onLost;
	}

	/**
	 * The job instance's key, as Spring Batch computes it (BATCH_JOB_INSTANCE.JOB_KEY).
	 */
	static String keyOf(JobParameters parameters) {
		return JobParameterNames.JOB_NAME + ":" + new DefaultJobKeyGenerator().generateKey(parameters);
	}

	@Override
	public Claim claim(JobParameters parameters, PrintStream out) {
		String key = keyOf(parameters);
		long acquiring = System.nanoTime();
		RunLeases.Attempt attempt = leases.tryAcquire(key, owner, settings.duration());
		RunLeases.Holder other = attempt.previous();
		if (!attempt.acquired() && other != null) {
			throw new RunInProgressException("another process is running this input: " + other.describe()
					+ " holds its lease until " + other.expiresAt() + " (renewed every " + seconds(settings.heartbeat())
					+ "); nothing sent. If that process is gone, the same command takes over at once on its host,"
					+ " elsewhere once the lease lapses, at most " + seconds(settings.duration())
					+ " after its last renewal.");
		}
		if (other != null && attempt.holderGone()) {
			out.println("The lease of " + other.describe() + " on this input: that process is gone from this host:"
					+ " taking over.");
		}
		else if (other != null) {
			out.println("The lease of " + other.describe() + " on this input lapsed at " + other.expiresAt()
					+ " (that process stopped renewing it): taking over.");
		}
		return new Heartbeat(key, acquiring);
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	/** Renews the lease every {@code revoke.lease.heartbeat} until closed. */
	private final class Heartbeat implements Claim {

		private final String key;

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "lease-heartbeat");
			thread.setDaemon(true);
			return thread;
		});

		/**
		 * When the last successful renewal was sent: the lease lasts at least until then
		 * + duration.
		 */
		private volatile long renewedAt;

		Heartbeat(String key, long acquiredAt) {
			this.key = key;
			this.renewedAt = acquiredAt;
			long period = settings.heartbeat().toMillis();
			timer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
		}

		private void renew() {
			long attempt = System.nanoTime();
			try {
				if (leases.renew(key, owner, settings.duration())) {
					renewedAt = attempt;
					return;
				}
				RunLeases.Holder holder = leases.holder(key);
				lost("the lease on this run was taken over by "
						+ (holder != null ? holder.describe() : "another process"));
			}
			catch (DataAccessException ex) {
				Duration unrenewed = Duration.ofNanos(attempt - renewedAt);
				// the next tick could come after the lease lapsed: stop while it
				// still holds
				if (unrenewed.plus(settings.heartbeat()).compareTo(settings.duration()) >= 0) {
					lost("the lease on this run could not be renewed for " + unrenewed.toSeconds() + " s ("
							+ Causes.rootMessage(ex) + ")");
				}
			}
		}

		private void lost(String reason) {
			timer.shutdownNow();
			onLost.accept(reason);
		}

		@Override
		public void close() {
			timer.shutdownNow();
			try {
				timer.awaitTermination(5, TimeUnit.SECONDS);
				leases.release(key, owner);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (DataAccessException ex) {
				// not released: it lapses after revoke.lease.duration, then the next run
				// takes over
			}
		}

	}

}
