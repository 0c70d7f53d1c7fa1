package com.example.seamrevoke.job.expand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;
import com.example.seamrevoke.seam.SeamResult;

/**
 * Lists every road a person has to a door (docs/offboarding.md), in the order they are
 * removed: access grants (every page), access-control users, devices, and client sessions
 * when asked for. Read-only calls; the first listing Seam does not answer as documented
 * ends it, so half a picture is never acted on. Thread-safe.
 */
final class PersonRoads {

	/** What was found, or, when {@code complete} is false, why the listing stopped. */
	record Found(List<Target> targets, SeamResult result, boolean complete) {
	}

	private final SeamClient seam;

	private final boolean clientSessions;

	PersonRoads(SeamClient seam, boolean clientSessions) {
		this.seam = seam;
		this.clientSessions = clientSessions;
	}

	/** {@code earlierAttempts}: the lookup's, counted on the row with the listings'. */
	Found of(String userIdentityId, int earlierAttempts) {
		Map<TargetKind, Function<String, SeamLookup<List<SeamResource>>>> listings = new LinkedHashMap<>();
		listings.put(TargetKind.ACCESS_GRANT, seam::listAccessGrants);
		listings.put(TargetKind.ACS_USER, seam::listAcsUsers);
		listings.put(TargetKind.DEVICE, seam::listAccessibleDevices);
		if (clientSessions) {
			listings.put(TargetKind.CLIENT_SESSION, seam::listClientSessions);
		}
		List<Target> targets = new ArrayList<>();
		SeamResult last = null;
		int attempts = earlierAttempts;
		for (Map.Entry<TargetKind, Function<String, SeamLookup<List<SeamResource>>>> listing : listings.entrySet()) {
			SeamLookup<List<SeamResource>> found = listing.getValue().apply(userIdentityId);
			last = found.result().plusAttempts(attempts);
			if (!found.found()) {
				return new Found(List.of(), last, false);
			}
			attempts = last.attempts();
			addDistinct(targets, listing.getKey(), found.value());
		}
		return new Found(List.copyOf(targets), last, true);
	}

	/** Seam may list one device twice (directly and through a grant): one row for it. */
	private static void addDistinct(List<Target> targets, TargetKind kind, List<SeamResource> resources) {
		for (SeamResource resource : resources) {
			boolean known = targets.stream()
				.anyMatch(target -> target.kind() == kind && target.id().equalsIgnoreCase(resource.id()));
			if (!known) {
				targets.add(new Target(kind, resource.id(), resource.displayName(), resource.acsSystemId()));
			}
		}
	}

}
