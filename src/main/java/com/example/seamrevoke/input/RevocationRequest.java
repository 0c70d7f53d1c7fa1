package com.example.seamrevoke.input;

import org.jspecify.annotations.Nullable;

/**
 * One input row. {@code line} is the row's line in the original input (for a rerun, the
 * line it had in the first run); {@code sourceLine} is where it was read this time. A row
 * that cannot be sent carries the reason in {@code invalidReason}; a pair seen earlier in
 * the job instance carries that earlier line in {@code duplicateOf}.
 */
public record RevocationRequest(long line, long sourceLine, String userIdentityId, String deviceId,
		@Nullable String invalidReason, @Nullable Long duplicateOf) {

	public static RevocationRequest of(long line, long sourceLine, String userIdentityId, String deviceId) {
		return new RevocationRequest(line, sourceLine, Ids.echo(userIdentityId), Ids.echo(deviceId),
				Ids.problem(userIdentityId, deviceId), null);
	}

	/** A row the reader could not read whole (README "Input", limits): INVALID. */
	static RevocationRequest unreadable(long line, String userIdentityId, String deviceId, String reason) {
		return new RevocationRequest(line, line, Ids.echo(userIdentityId), Ids.echo(deviceId), reason, null);
	}

	public boolean isValid() {
		return invalidReason == null;
	}

	public boolean isDuplicate() {
		return duplicateOf != null;
	}

	public RevocationRequest asDuplicateOf(long firstLine) {
		return new RevocationRequest(line, sourceLine, userIdentityId, deviceId, invalidReason, firstLine);
	}
}
