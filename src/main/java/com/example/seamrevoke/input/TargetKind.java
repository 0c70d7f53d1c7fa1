package com.example.seamrevoke.input;

import java.util.Locale;

/**
 * What a row acts on (docs/offboarding.md), in the order a person's access is removed:
 * access grants first, then access-control users, devices and client sessions. An
 * entrance is never removed itself: it only names what verification found still open.
 */
public enum TargetKind {

	ACCESS_GRANT, ACS_USER, DEVICE, CLIENT_SESSION, ACS_ENTRANCE;

	/**
	 * The error type Seam answers when this thing no longer exists
	 * ({@code access_grant_not_found}, {@code device_not_found}, ...).
	 */
	public String notFoundType() {
		return name().toLowerCase(Locale.ROOT) + "_not_found";
	}

}
