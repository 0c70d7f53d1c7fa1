package com.example.seamrevoke.job.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.seam.SeamResource;

/**
 * What Seam still lists for a person at the end of verification that no recorded row
 * accounts for: a device the expansion did not find, or an entrance of an access system
 * in which no access-control user was recorded (granted since, or after a restart). Each
 * gets a row of its own, FOUND_AFTER_EXPANSION and STILL_ACCESSIBLE, with nothing sent.
 */
final class StillListed {

	private StillListed() {
	}

	static List<RevocationOutcome> beyond(List<RevocationOutcome> rows, PersonSnapshot snapshot, Instant now) {
		RevocationOutcome person = rows.stream().filter(RevocationOutcome::isPerson).findFirst().orElse(null);
		if (person == null) {
			return List.of();
		}
		List<Target> unaccounted = new ArrayList<>();
		for (SeamResource device : snapshot.devices()) {
			if (rows.stream().noneMatch(row -> acts(row, TargetKind.DEVICE, device.id()))) {
				unaccounted.add(new Target(TargetKind.DEVICE, device.id(), device.displayName(), null));
			}
		}
		for (SeamResource entrance : snapshot.entrances()) {
			boolean accounted = rows.stream()
				.anyMatch(row -> row.acts(TargetKind.ACS_USER)
						&& PersonSnapshot.entranceOf(List.of(entrance), row.target().acsSystemId()));
			if (!accounted) {
				unaccounted.add(new Target(TargetKind.ACS_ENTRANCE, entrance.id(), entrance.displayName(),
						entrance.acsSystemId()));
			}
		}
		int item = rows.stream()
			.filter(row -> row.line() == person.line())
			.mapToInt(RevocationOutcome::item)
			.max()
			.orElse(0);
		List<RevocationOutcome> found = new ArrayList<>();
		for (Target target : unaccounted) {
			found.add(RevocationOutcome.builder(person.line(), person.sourceLine(), ++item)
				.userIdentityId(person.userIdentityId())
				.deviceId(target.is(TargetKind.DEVICE) ? target.id() : "")
				.outcome(Outcome.FOUND_AFTER_EXPANSION)
				.errorMessage("listed at verification, not in the expansion")
				.processedAt(now)
				.person(person.userIdentityKey(), person.personRef())
				.target(target)
				.verification(Verification.STILL_ACCESSIBLE, now)
				.build());
		}
		return found;
	}

	private static boolean acts(RevocationOutcome row, TargetKind kind, String id) {
		return row.acts(kind) && row.target().id().equalsIgnoreCase(id);
	}

}
