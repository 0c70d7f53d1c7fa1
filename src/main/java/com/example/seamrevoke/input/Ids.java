package com.example.seamrevoke.input;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.SafeText;

/** Seam ids are UUIDs; anything else would only earn a 400 from Seam. */
public final class Ids {

	private static final int UUID_LENGTH = 36;

	private Ids() {
	}

	/**
	 * Whether {@code value} is a UUID in its 8-4-4-4-12 form of ASCII hex digits, in
	 * either case. Checked by hand, not by a regular expression: every id of every row
	 * passes here, before the first call and again as the job reads it.
	 */
	public static boolean isUuid(@Nullable String value) {
		if (value == null || value.length() != UUID_LENGTH) {
			return false;
		}
		for (int i = 0; i < UUID_LENGTH; i++) {
			char c = value.charAt(i);
			boolean expected = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-' : isHexDigit(c);
			if (!expected) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHexDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	/** Why this pair cannot be sent, or {@code null} when it can. */
	static @Nullable String problem(String userIdentityId, String deviceId) {
		String user = columnProblem("user_identity_id", userIdentityId);
		String device = columnProblem("device_id", deviceId);
		if (user != null && device != null) {
			return user + "; " + device;
		}
		return user != null ? user : device;
	}

	/**
	 * Why this recorded thing of a person cannot be sent, or {@code null} when it can.
	 */
	static @Nullable String problem(String userIdentityId, Target target) {
		if (target.is(TargetKind.DEVICE)) {
			return problem(userIdentityId, target.id());
		}
		String user = columnProblem("user_identity_id", userIdentityId);
		return user != null ? user : columnProblem("target_id", target.id());
	}

	/** Why this person cannot be looked up, or {@code null} when they can. */
	static @Nullable String personProblem(String userIdentityId, String userIdentityKey) {
		if (userIdentityId.isEmpty() && userIdentityKey.isEmpty()) {
			return "user_identity_id and user_identity_key are empty";
		}
		return userIdentityId.isEmpty() ? null : columnProblem("user_identity_id", userIdentityId);
	}

	private static @Nullable String columnProblem(String column, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return column + " is empty";
		}
		return isUuid(value) ? null : column + " is not a UUID: '" + echo(value) + "'";
	}

	/**
	 * A cell as it may be shown and stored: a UUID unchanged; anything else cleaned by
	 * {@link SafeText} and cut to {@link InputLimits#MAX_ECHOED_CHARS} characters.
	 */
	static String echo(String value) {
		if (isUuid(value)) {
			return value;
		}
		String shown = SafeText.clean(value, InputLimits.MAX_ECHOED_CHARS);
		return (shown != null) ? shown : "";
	}

}
