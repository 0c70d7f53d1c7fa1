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
		@Nullable String personRef) {

	public static RevocationRequest of(long line, long sourceLine, String userIdentityId, String deviceId) {
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, deviceId), null, 0, null, null);
	}

	/**
	 * A row the reader could not read whole (docs/formats.md, "Input limits"): INVALID.
	 */
	static RevocationRequest unreadable(long line, String userIdentityId, String deviceId, String reason) {
		return new RevocationRequest(line, line, Ids.echo(userIdentityId), Ids.echo(deviceId), reason, null, 0, null,
				null);
	}

	/** A people file's row: by id when the id cell is filled, else by key. */
	public static RevocationRequest person(long line, long sourceLine, String userIdentityId, String userIdentityKey) {
		String key = Ids.echo(userIdentityKey);
		String ref = userIdentityId.isEmpty() ? "key:" + key
				: "id:" + Ids.echo(userIdentityId).toLowerCase(Locale.ROOT);
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), "",
				Ids.personProblem(userIdentityId, userIdentityKey), null, 0, key.isEmpty() ? null : key, ref);
	}

	/** One device of a person, found by the expansion (or a FAILED one, rerun). */
	public static RevocationRequest device(long line, int item, long sourceLine, String userIdentityId, String deviceId,
			@Nullable String userIdentityKey, @Nullable String personRef) {
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, deviceId), null, item, userIdentityKey, personRef);
	}

	public boolean isValid() {
		return invalidReason == null;
	}

	public boolean isDuplicate() {
		return duplicateOf != null;
	}

	/** A person still to expand to their devices. */
	public boolean isPerson() {
		return personRef != null && deviceId.isEmpty();
	}

	public RevocationRequest asDuplicateOf(long firstLine) {
		return new RevocationRequest(line, sourceLine, userIdentityId, deviceId, invalidReason, firstLine, item,
				userIdentityKey, personRef);
	}
}
