package com.example.seamrevoke.sandbox;

import java.util.Locale;

/**
 * The sandbox's documented ids (docs/operations.md, "Sandbox"): a device or user identity
 * whose UUID ends in one of these numbers gets that answer; every other pair is revoked.
 */
final class SandboxIds {

	/** Device: 404 {@code device_not_found}, permanent. */
	static final String DEVICE_NOT_FOUND = "000000000404";

	/** User identity: 400 {@code user_identity_not_found}, permanent. */
	static final String USER_IDENTITY_NOT_FOUND = "000000000400";

	/** Device: 503 twice, then revoked on the third attempt. */
	static final String DEVICE_FLAKY = "000000000503";

	/** Device: 429 with {@code Retry-After: 1} once, then revoked. */
	static final String DEVICE_THROTTLED = "000000000429";

	/** Device: 500 on every attempt, so the row FAILS after its retries. */
	static final String DEVICE_DOWN = "000000000500";

	record Answer(int status, String errorType, String message, Integer retryAfterSeconds) {
	}

	private SandboxIds() {
	}

	/** Whether the answer for this device depends on how often the pair was tried. */
	static boolean answersByAttempt(String deviceId) {
		String device = deviceId.toLowerCase(Locale.ROOT);
		return device.endsWith(DEVICE_FLAKY) || device.endsWith(DEVICE_THROTTLED);
	}

	static Answer answer(String userIdentityId, String deviceId, int attempt) {
		String user = userIdentityId.toLowerCase(Locale.ROOT);
		String device = deviceId.toLowerCase(Locale.ROOT);
		if (user.endsWith(USER_IDENTITY_NOT_FOUND)) {
			return new Answer(400, "user_identity_not_found", "User identity not found", null);
		}
		if (device.endsWith(DEVICE_NOT_FOUND)) {
			return new Answer(404, "device_not_found", "Device not found", null);
		}
		if (device.endsWith(DEVICE_FLAKY) && attempt <= 2) {
			return new Answer(503, "service_unavailable", "Service temporarily unavailable", null);
		}
		if (device.endsWith(DEVICE_THROTTLED) && attempt == 1) {
			return new Answer(429, "rate_limited", "Too many requests", 1);
		}
		if (device.endsWith(DEVICE_DOWN)) {
			return new Answer(500, "internal_server_error", "Internal server error", null);
		}
		return new Answer(200, null, null, null);
	}

}
