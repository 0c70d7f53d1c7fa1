package com.example.seamrevoke.input;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One input row. {@code line} is the row's line in the original input (for a rerun, the
 * line it had in the first run); {@code sourceLine} is where it was read this time. A row
 * that cannot be sent carries the reason in {@code invalidReason}; a row seen earlier in
 * the job instance carries that earlier line in {@code duplicateOf}.
 *
 * <p>
 * A person (a people file's row) has a {@code personRef} and no device: the expand step
 * turns it into one request per device, numbered by {@code item}, each keeping the
 * {@code personRef}. A pair's device cell is never optional: an empty one makes the row
 * INVALID, never "every device".
 */
public record RevocationRequest(long line, long sourceLine, String userIdentityId, String deviceId,
		@Nullable String invalidReason, @Nullable Long duplicateOf, int item, @Nullable String userIdentityKey,
		@Nullable String personRef, @Nullable Target recordedTarget) {

	public static RevocationRequest of(long line, long sourceLine, String userIdentityId, String deviceId) {
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, deviceId), null, 0, null, null, null);
	}

	/**
	 * A row the reader could not read whole (docs/formats.md, "Input limits"): INVALID.
	 */
	static RevocationRequest unreadable(long line, String userIdentityId, String deviceId, String reason) {
		return new RevocationRequest(line, line, Ids.echo(userIdentityId), Ids.echo(deviceId), reason, null, 0, null,
				null, null);
	}

	/** A people file's row: by id when the id cell is filled, else by key. */
	public static RevocationRequest person(long line, long sourceLine, String userIdentityId, String userIdentityKey) {
		String key = Ids.echo(userIdentityKey);
		String ref = userIdentityId.isEmpty() ? "key:" + key
				: "id:" + Ids.echo(userIdentityId).toLowerCase(Locale.ROOT);
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), "",
				Ids.personProblem(userIdentityId, userIdentityKey), null, 0, key.isEmpty() ? null : key, ref, null);
	}

	/** One device of a person, found by the expansion (or a FAILED one, rerun). */
	public static RevocationRequest device(long line, int item, long sourceLine, String userIdentityId, String deviceId,
			@Nullable String userIdentityKey, @Nullable String personRef) {
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, deviceId), null, item, userIdentityKey, personRef, null);
	}

	/**
	 * One thing the expansion recorded for a person (docs/offboarding.md): a device keeps
	 * its id in {@code deviceId}; a grant, an access-control user or a client session
	 * only in its target.
	 */
	public static RevocationRequest recorded(long line, int item, long sourceLine, String userIdentityId, Target target,
			@Nullable String userIdentityKey, @Nullable String personRef) {
		String deviceId = target.is(TargetKind.DEVICE) ? target.id() : "";
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, target), null, item, userIdentityKey, personRef, target);
	}

	/** The person this row names, found by Seam: their id and key. */
	public RevocationRequest resolvedAs(String foundUserIdentityId, @Nullable String foundUserIdentityKey) {
		return new RevocationRequest(line, sourceLine, foundUserIdentityId, "", null, null, 0,
				foundUserIdentityKey != null ? foundUserIdentityKey : userIdentityKey, personRef, null);
	}

	/** What the row acts on: what the expansion recorded, or the device a pair names. */
	public @Nullable Target target() {
		if (recordedTarget != null) {
			return recordedTarget;
		}
		return deviceId.isEmpty() ? null : Target.device(deviceId);
	}

	public boolean isValid() {
		return invalidReason == null;
	}

	public boolean isDuplicate() {
		return duplicateOf != null;
	}

	/** A person still to expand to everything they can open by. */
	public boolean isPerson() {
		return personRef != null && deviceId.isEmpty() && recordedTarget == null;
	}

	public RevocationRequest asDuplicateOf(long firstLine) {
		return new RevocationRequest(line, sourceLine, userIdentityId, deviceId, invalidReason, firstLine, item,
				userIdentityKey, personRef, recordedTarget);
	}
}
