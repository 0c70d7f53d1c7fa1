package com.example.seamrevoke.job.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Verifies one user identity after its removals. A person is proven by
 * {@link PersonVerification} (devices and entrances both empty, after a settling window).
 * Pair rows (--verify) list the identity's devices once: a row whose device is gone is
 * VERIFIED, one still listed STILL_ACCESSIBLE, and when Seam does not answer the list
 * every row is NOT_VERIFIED. It only calls Seam: the reader loaded the rows
 * (docs/architecture.md, "Workers never touch the database"). Thread-safe.
 */
class VerifyProcessor implements ItemProcessor<IdentityToVerify, IdentityVerification> {

	private final SeamClient seam;

	private final PersonVerification people;

	private final Clock clock;

	VerifyProcessor(SeamClient seam, PersonVerification people, Clock clock) {
		this.seam = seam;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public IdentityVerification process(IdentityToVerify identity) {
		String userIdentityId = identity.userIdentityId();
		List<RevocationOutcome> rows = identity.rows();
		if (rows.stream().anyMatch(RevocationOutcome::isPerson)) {
			return people.verify(userIdentityId, rows);
		}
		SeamLookup<List<SeamResource>> devices = seam.listAccessibleDevices(userIdentityId);
		Instant now = clock.instant();
		if (!devices.found()) {
			return new IdentityVerification(
					rows.stream().map(row -> row.verified(Verification.NOT_VERIFIED, now)).toList(), List.of(), null);
		}
		Set<String> remaining = devices.value()
			.stream()
			.map(device -> device.id().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return new IdentityVerification(rows.stream()
			.map(row -> row.verified(remaining.contains(row.deviceId().toLowerCase(Locale.ROOT))
					? Verification.STILL_ACCESSIBLE : Verification.VERIFIED, now))
			.toList(), List.of(), null);
	}

}
