package com.example.seamrevoke.job.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamStopException;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.retry.backoff.Sleeper;

/**
 * Proves a person offboarded (docs/offboarding.md, "Proof"): VERIFIED only when Seam
 * lists neither a device nor an entrance for them and each row's own thing is gone.
 * Access systems apply removals late, so the lists are read again with a doubling backoff
 * until {@code revoke.verify.settle-window} after the person's last removal; only then is
 * what remains STILL_ACCESSIBLE. Each row records when Seam's lists first showed its
 * thing gone. Thread-safe: each call keeps its own state.
 */
final class PersonVerification {

	private final SeamClient seam;

	private final RevokeProperties.Verify settings;

	private final Clock clock;

	/** The longest single sleep, so a stop request is seen while waiting. */
	private static final long SLICE_MILLIS = 500;

	private final Sleeper sleeper;

	private final BooleanSupplier stopRequested;

	PersonVerification(SeamClient seam, RevokeProperties.Verify settings, Clock clock, Sleeper sleeper,
			BooleanSupplier stopRequested) {
		this.seam = seam;
		this.settings = settings;
		this.clock = clock;
		this.sleeper = sleeper;
		this.stopRequested = stopRequested;
	}

	IdentityVerification verify(String userIdentityId, List<RevocationOutcome> rows) {
		Instant deadline = deadline(rows);
		Map<RevocationOutcome, Instant> confirmed = new HashMap<>();
		Duration wait = settings.settleBackoff();
		while (true) {
			List<RevocationOutcome> unconfirmed = rows.stream()
				.filter(row -> row.target() != null && !confirmed.containsKey(row))
				.toList();
			PersonSnapshot snapshot = PersonSnapshot.take(seam, userIdentityId, unconfirmed);
			Instant now = clock.instant();
			if (snapshot.failed()) {
				return new IdentityVerification(
						rows.stream().map(row -> row.verified(Verification.NOT_VERIFIED, now)).toList(), List.of(),
						snapshot.entrancesText());
			}
			unconfirmed.stream().filter(snapshot::showsGone).forEach(row -> confirmed.put(row, now));
			boolean settled = snapshot.nothingListed() && unconfirmed.stream().allMatch(confirmed::containsKey);
			if (settled || now.plus(wait).isAfter(deadline)) {
				return verdicts(rows, confirmed, snapshot, now);
			}
			sleep(wait);
			wait = min(wait.multipliedBy(2), settings.settleBackoffMax());
		}
	}

	/**
	 * The window runs from the person's last accepted removal; with none (nothing to
	 * remove, or all failed) one round decides.
	 */
	private Instant deadline(List<RevocationOutcome> rows) {
		return rows.stream()
			.map(RevocationOutcome::requestedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.map(last -> last.plus(settings.settleWindow()))
			.orElse(clock.instant());
	}

	private static IdentityVerification verdicts(List<RevocationOutcome> rows,
			Map<RevocationOutcome, Instant> confirmed, PersonSnapshot snapshot, Instant now) {
		List<RevocationOutcome> verified = rows.stream().map(row -> {
			boolean gone = (row.target() == null) ? snapshot.nothingListed() : confirmed.containsKey(row);
			return row.toBuilder()
				.verification(gone ? Verification.VERIFIED : Verification.STILL_ACCESSIBLE, now)
				.confirmedAt(confirmed.get(row))
				.build();
		}).toList();
		return new IdentityVerification(verified, StillListed.beyond(rows, snapshot, now), snapshot.entrancesText());
	}

	/**
	 * A stop request (SIGTERM) ends the wait and stops the step before this person is
	 * written: nothing unproven is recorded, and the same command verifies them again.
	 */
	private void sleep(Duration wait) {
		try {
			for (long left = wait.toMillis(); left > 0; left -= SLICE_MILLIS) {
				if (stopRequested.getAsBoolean()) {
					throw new SeamStopException("stop requested while waiting for access systems to apply the"
							+ " removals; the same command verifies these people again");
				}
				sleeper.sleep(Math.min(left, SLICE_MILLIS));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for access systems to apply the removals", e);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
