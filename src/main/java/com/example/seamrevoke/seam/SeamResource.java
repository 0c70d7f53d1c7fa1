package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/** A device or an access-control entrance, as Seam lists it: its id and display name. */
public record SeamResource(String id, @Nullable String displayName) {

	/** How the summary names it: the display name, or the id when it has none. */
	public String name() {
		return displayName == null || displayName.isBlank() ? id : displayName;
	}

}
