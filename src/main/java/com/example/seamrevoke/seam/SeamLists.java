package com.example.seamrevoke.seam;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the items of a list answer: an item without its id makes the whole answer
 * unexpected (never read as "fewer items"), so nothing is acted on from half a list.
 */
final class SeamLists {

	private SeamLists() {
	}

	static SeamLookup<List<SeamResource>> items(SeamCall call, String field, String idField) {
		JsonNode items = call.field(field);
		if (!call.result().succeeded() || !items.isArray()) {
			return SeamLookup.failed(call.result().succeeded() ? call.unexpected(field) : call.result());
		}
		List<SeamResource> resources = new ArrayList<>();
		for (JsonNode item : items) {
			String id = item.path(idField).asString(null);
			if (id == null) {
				return SeamLookup.failed(call.unexpected(idField + " in every " + field + " item"));
			}
			resources.add(new SeamResource(id, name(item), item.path("acs_system_id").asString(null)));
		}
		return new SeamLookup<>(call.result(), List.copyOf(resources));
	}

	/**
	 * An access grant's {@code display_name} is optional; its {@code name} then names it.
	 */
	private static @Nullable String name(JsonNode item) {
		String displayName = item.path("display_name").asString(null);
		return displayName != null ? displayName : item.path("name").asString(null);
	}

}
