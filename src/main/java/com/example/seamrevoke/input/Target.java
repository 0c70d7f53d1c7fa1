package com.example.seamrevoke.input;

import org.jspecify.annotations.Nullable;

/**
 * What one row acts on: its kind, Seam's id and display name of it, and, for an
 * access-control user or entrance, its access system.
 */
public record Target(TargetKind kind, String id, @Nullable String name, @Nullable String acsSystemId) {

	public static Target device(String deviceId) {
		return new Target(TargetKind.DEVICE, deviceId, null, null);
	}

	public boolean is(TargetKind kind) {
		return this.kind == kind;
	}

}
