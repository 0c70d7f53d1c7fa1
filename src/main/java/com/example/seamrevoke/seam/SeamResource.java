package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/**
 * Something Seam lists for a person (a device, an access grant, an access-control user or
 * entrance, a client session): its id, display name and, for access-control resources,
 * the access system it belongs to.
 */
public record SeamResource(String id, @Nullable String displayName, @Nullable String acsSystemId) {

	public SeamResource(String id, @Nullable String displayName) {
		this(id, displayName, null);
	}

	/** How the summary names it: the display name, or the id when it has none. */
	public String name() {
		return displayName == null || displayName.isBlank() ? id : displayName;
	}

}
