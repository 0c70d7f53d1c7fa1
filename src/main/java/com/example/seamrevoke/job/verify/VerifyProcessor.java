package com.example.seamrevoke.job.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Lists a user identity's accessible devices again, after its revokes: a row whose device
 * is gone is VERIFIED, one still listed is STILL_ACCESSIBLE (e.g. granted through an
 * access grant), and when Seam does not answer the list every row is NOT_VERIFIED. For a
 * person it also lists the access-control entrances, which revoking devices does not
 * touch. It only calls Seam: the reader loaded the rows (docs/architecture.md, "Workers
 * never touch the database"). Thread-safe.
 */
class VerifyProcessor implements ItemProcessor<IdentityToVerify, IdentityVerification> {

	private final SeamClient seam;

	private final Clock clock;

	VerifyProcessor(SeamClient seam, Clock clock) {
		this.seam = seam;
		this.clock = clock;
	}

	@Override
	public IdentityVerification process(IdentityToVerify identity) {
		String userIdentityId = identity.userIdentityId();
		List<RevocationOutcome> rows = identity.rows();
		SeamLookup<List<SeamResource>> devices = seam.listAccessibleDevices(userIdentityId);
		Instant now = clock.instant();
		Set<String> remaining = devices.found()
				? devices.value().stream().map(d -> d.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet())
				: Set.of();
		List<RevocationOutcome> verified = rows.stream()
			.map(row -> verified(row, devices.found() ? verdict(row, remaining) : Verification.NOT_VERIFIED, now))
			.toList();
		RevocationOutcome person = rows.stream().filter(RevocationOutcome::isPerson).findFirst().orElse(null);
		if (person == null) {
			return new IdentityVerification(verified, List.of(), null);
		}
		List<RevocationOutcome> found = devices.found() ? foundBeyond(person, rows, remaining, now) : List.of();
		return new IdentityVerification(verified, found, entrances(userIdentityId));
	}

	/**
	 * Devices Seam lists for a person now that their recorded expansion did not find
	 * (granted since): rows of their own, STILL_ACCESSIBLE, with nothing sent.
	 */
	private static List<RevocationOutcome> foundBeyond(RevocationOutcome person, List<RevocationOutcome> rows,
			Set<String> remaining, Instant now) {
		Set<String> known = rows.stream()
			.map(row -> row.deviceId().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		int item = rows.stream()
			.filter(row -> row.line() == person.line())
			.mapToInt(RevocationOutcome::item)
			.max()
			.orElse(0);
		List<RevocationOutcome> found = new ArrayList<>();
		for (String deviceId : remaining.stream().filter(id -> !known.contains(id)).sorted().toList()) {
			found.add(new RevocationOutcome(person.line(), person.sourceLine(), person.userIdentityId(), deviceId,
					Outcome.FOUND_AFTER_EXPANSION, null, null, "listed at verification, not in the expansion", 0, null,
					now, ++item, person.userIdentityKey(), person.personRef(), Verification.STILL_ACCESSIBLE, now));
		}
		return found;
	}

	/** A device row: is its device still listed? A person's device-less row: is any? */
	private static Verification verdict(RevocationOutcome row, Set<String> remaining) {
		boolean stillThere = row.deviceId().isEmpty() ? !remaining.isEmpty()
				: remaining.contains(row.deviceId().toLowerCase(Locale.ROOT));
		return stillThere ? Verification.STILL_ACCESSIBLE : Verification.VERIFIED;
	}

	/** "2: Front door; Garage", "0", or why they could not be listed. */
	private @Nullable String entrances(String userIdentityId) {
		SeamLookup<List<SeamResource>> entrances = seam.listAccessibleEntrances(userIdentityId);
		if (!entrances.found()) {
			return "not listed: " + entrances.result().errorMessage();
		}
		if (entrances.value().isEmpty()) {
			return "0";
		}
		return entrances.value().size() + ": "
				+ entrances.value().stream().map(SeamResource::name).collect(Collectors.joining("; "));
	}

	private static RevocationOutcome verified(RevocationOutcome row, Verification verification, Instant at) {
		return new RevocationOutcome(row.line(), row.sourceLine(), row.userIdentityId(), row.deviceId(), row.outcome(),
				row.httpStatus(), row.errorType(), row.errorMessage(), row.attempts(), row.seamRequestId(),
				row.processedAt(), row.item(), row.userIdentityKey(), row.personRef(), verification, at);
	}

}
