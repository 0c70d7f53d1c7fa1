package com.example.seamrevoke.job.revoke;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.seam.SeamLookup;
import com.example.seamrevoke.seam.SeamResource;

/**
 * The devices of a person whose access grants were deleted first (docs/offboarding.md,
 * "Order of removal"): their devices are listed once more, once per person in a step, and
 * a device no longer listed went with the grants, so no revoke is sent for it. When the
 * listing fails the device is revoked anyway. Thread-safe.
 */
class GrantedDevices {

	static final String GONE = "no longer listed after the person's access grants were deleted; nothing sent";

	private final SeamClient seam;

	private final Set<Long> linesWithGrants;

	private final Map<String, CompletableFuture<SeamLookup<List<SeamResource>>>> listed = new ConcurrentHashMap<>();

	GrantedDevices(SeamClient seam, Set<Long> linesWithGrants) {
		this.seam = seam;
		this.linesWithGrants = linesWithGrants;
	}

	boolean wentWithTheGrants(RevocationRequest request) {
		if (request.recordedTarget() == null || !request.recordedTarget().is(TargetKind.DEVICE)
				|| !linesWithGrants.contains(request.line())) {
			return false;
		}
		SeamLookup<List<SeamResource>> devices = devicesOf(request.userIdentityId());
		return devices.found()
				&& devices.value().stream().noneMatch(device -> device.id().equalsIgnoreCase(request.deviceId()));
	}

	/** The first worker to ask lists them; the others wait for that answer. */
	private SeamLookup<List<SeamResource>> devicesOf(String userIdentityId) {
		CompletableFuture<SeamLookup<List<SeamResource>>> mine = new CompletableFuture<>();
		CompletableFuture<SeamLookup<List<SeamResource>>> first = listed
			.putIfAbsent(userIdentityId.toLowerCase(Locale.ROOT), mine);
		if (first != null) {
			return first.join();
		}
		try {
			mine.complete(seam.listAccessibleDevices(userIdentityId));
		}
		catch (RuntimeException e) {
			mine.completeExceptionally(e);
			throw e;
		}
		return mine.join();
	}

}
