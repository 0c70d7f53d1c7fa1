package com.example.seamrevoke.sandbox;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.example.seamrevoke.sandbox.SandboxRoster.Grant;
import com.example.seamrevoke.sandbox.SandboxRoster.Person;

/**
 * {@code /access_grants/list} as Seam pages it: at most
 * {@link SandboxRoster#GRANTS_PER_PAGE} grants a page whatever the {@code limit}, a
 * cursor to the next, and, as in Seam, the whole workspace's grants when no
 * {@code user_identity_id} filters them.
 */
final class SandboxGrantPages {

	private static final String CURSOR = "sandbox_cursor_";

	private SandboxGrantPages() {
	}

	static SandboxAnswer answer(SandboxAccess access, JsonNode request) {
		String userIdentityId = FakeSeam.text(request, "user_identity_id");
		Person person = userIdentityId == null ? null : access.find(userIdentityId, null);
		if (userIdentityId != null && person == null) {
			return SandboxAnswer.error(404, "user_identity_not_found", "User identity not found");
		}
		int offset = offset(FakeSeam.text(request, "page_cursor"));
		if (offset < 0) {
			return SandboxAnswer.error(400, "invalid_input", "page_cursor is not a cursor this API gave");
		}
		List<Grant> grants = access.grants(person);
		int end = Math.min(grants.size(), offset + SandboxRoster.GRANTS_PER_PAGE);
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		ArrayNode items = body.putArray("access_grants");
		for (Grant grant : grants.subList(Math.min(offset, end), end)) {
			items.addObject()
				.put("access_grant_id", grant.id())
				.put("user_identity_id", access.ownerOfGrant(grant.id()))
				.put("name", grant.name())
				.put("display_name", grant.name())
				.putArray("access_method_ids");
		}
		boolean more = end < grants.size();
		ObjectNode pagination = body.putObject("pagination").put("has_next_page", more);
		pagination.put("next_page_cursor", more ? CURSOR + end : null);
		pagination.putNull("next_page_url");
		return SandboxAnswer.ok(body);
	}

	private static int offset(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			return cursor.startsWith(CURSOR) ? Integer.parseInt(cursor.substring(CURSOR.length())) : -1;
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

}
