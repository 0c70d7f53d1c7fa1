package com.example.seamrevoke.seam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code /access_grants/list} for one person, every page: each request carries the
 * person's {@code user_identity_id} (without it Seam lists the whole workspace's grants),
 * and an answer naming another person's grant, or a cursor seen before, is unexpected
 * rather than acted on.
 */
final class AccessGrantPages {

	static final String PATH = "/access_grants/list";

	/** Seam's default page; Seam may answer fewer and say there are more. */
	static final int LIMIT = 500;

	private final SeamCaller caller;

	private final Map<String, String> person;

	AccessGrantPages(SeamCaller caller, Map<String, String> person) {
		this.caller = caller;
		this.person = person;
	}

	SeamLookup<List<SeamResource>> all() {
		List<SeamResource> grants = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		int earlier = 0;
		String cursor = null;
		while (true) {
			SeamCall call = caller.call(PATH, page(cursor));
			SeamLookup<List<SeamResource>> page = grantsOfThePerson(call);
			if (!page.found()) {
				return SeamLookup.failed(page.result().plusAttempts(earlier));
			}
			grants.addAll(page.value());
			JsonNode pagination = call.field("pagination");
			if (!pagination.path("has_next_page").asBoolean(false)) {
				return new SeamLookup<>(call.result().plusAttempts(earlier), List.copyOf(grants));
			}
			cursor = pagination.path("next_page_cursor").asString(null);
			if (cursor == null || !cursors.add(cursor)) {
				return SeamLookup.failed(call.unexpected("new next_page_cursor").plusAttempts(earlier));
			}
			earlier += call.result().attempts();
		}
	}

	private Map<String, Object> page(@Nullable String cursor) {
		Map<String, Object> body = new LinkedHashMap<>(person);
		body.put("limit", LIMIT);
		if (cursor != null) {
			body.put("page_cursor", cursor);
		}
		return body;
	}

	private SeamLookup<List<SeamResource>> grantsOfThePerson(SeamCall call) {
		SeamLookup<List<SeamResource>> page = SeamLists.items(call, "access_grants", "access_grant_id");
		if (!page.found()) {
			return page;
		}
		String id = person.get("user_identity_id");
		for (JsonNode grant : call.field("access_grants")) {
			String owner = grant.path("user_identity_id").asString(null);
			if (owner != null && !owner.equalsIgnoreCase(id)) {
				return SeamLookup.failed(call.unexpected("grants of user identity " + id + " only"));
			}
		}
		return page;
	}

}
