package com.example.seamrevoke.job.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;

/**
 * What Seam lists for a person in one round of verification (docs/offboarding.md,
 * "Proof"): always their accessible devices and entrances; their access grants and client
 * sessions while a row of that kind is not confirmed gone; and, for an access-control
 * user whose system lists no entrance any more, the changes still pending for it. A
 * listing Seam does not answer makes the round {@link #failed}: nothing is proven.
 */
record PersonSnapshot(List<SeamResource> devices, List<SeamResource> entrances, @Nullable Set<String> grants,
		@Nullable Set<String> sessions, Map<String, Integer> pendingMutations, @Nullable String failure) {

	static PersonSnapshot take(SeamClient seam, String userIdentityId, List<RevocationOutcome> unconfirmed) {
		SeamLookup<List<SeamResource>> devices = seam.listAccessibleDevices(userIdentityId);
		SeamLookup<List<SeamResource>> entrances = devices.found() ? seam.listAccessibleEntrances(userIdentityId)
				: devices;
		if (!entrances.found()) {
			return failed(entrances);
		}
		Set<String> grants = null;
		if (any(unconfirmed, TargetKind.ACCESS_GRANT)) {
			SeamLookup<List<SeamResource>> listed = seam.listAccessGrants(userIdentityId);
			if (!listed.found()) {
				return failed(listed);
			}
			grants = ids(listed.value());
		}
		Set<String> sessions = null;
		if (any(unconfirmed, TargetKind.CLIENT_SESSION)) {
			SeamLookup<List<SeamResource>> listed = seam.listClientSessions(userIdentityId);
			if (!listed.found()) {
				return failed(listed);
			}
			sessions = ids(listed.value());
		}
		Map<String, Integer> pending = new HashMap<>();
		for (RevocationOutcome row : unconfirmed) {
			Target target = row.target();
			if (target != null && target.is(TargetKind.ACS_USER)
					&& !entranceOf(entrances.value(), target.acsSystemId())) {
				SeamLookup<Integer> mutations = seam.pendingMutations(target.id());
				if (!mutations.found()) {
					return failed(mutations);
				}
				pending.put(target.id().toLowerCase(Locale.ROOT), mutations.value());
			}
		}
		return new PersonSnapshot(devices.value(), entrances.value(), grants, sessions, pending, null);
	}

	boolean failed() {
		return failure != null;
	}

	boolean nothingListed() {
		return devices.isEmpty() && entrances.isEmpty();
	}

	/**
	 * Whether this round shows what the row acts on gone (a row acting on nothing: all).
	 */
	boolean showsGone(RevocationOutcome row) {
		Target target = row.target();
		if (target == null) {
			return nothingListed();
		}
		String id = target.id().toLowerCase(Locale.ROOT);
		return switch (target.kind()) {
			case DEVICE -> !ids(devices).contains(id);
			case ACS_ENTRANCE -> !ids(entrances).contains(id);
			case ACCESS_GRANT -> grants != null && !grants.contains(id);
			case CLIENT_SESSION -> sessions != null && !sessions.contains(id);
			case ACS_USER -> !entranceOf(entrances, target.acsSystemId()) && pendingMutations.getOrDefault(id, 1) == 0;
		};
	}

	/** "2: Front door; Garage", "0", or why they could not be listed. */
	String entrancesText() {
		if (failed()) {
			return "not listed: " + failure;
		}
		if (entrances.isEmpty()) {
			return "0";
		}
		return entrances.size() + ": " + entrances.stream().map(SeamResource::name).collect(Collectors.joining("; "));
	}

	/**
	 * An entrance of this access system is listed; one without a system could be any
	 * system's.
	 */
	static boolean entranceOf(List<SeamResource> entrances, @Nullable String acsSystemId) {
		return entrances.stream()
			.anyMatch(entrance -> entrance.acsSystemId() == null || acsSystemId == null
					|| entrance.acsSystemId().equalsIgnoreCase(acsSystemId));
	}

	private static PersonSnapshot failed(SeamLookup<?> lookup) {
		return new PersonSnapshot(List.of(), List.of(), null, null, Map.of(),
				String.valueOf(lookup.result().errorMessage()));
	}

	private static boolean any(List<RevocationOutcome> rows, TargetKind kind) {
		return rows.stream().anyMatch(row -> row.acts(kind));
	}

	private static Set<String> ids(List<SeamResource> resources) {
		return resources.stream().map(resource -> resource.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

}
