package com.example.seamrevoke.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.example.seamrevoke.sandbox.SandboxRoster.AcsUser;
import com.example.seamrevoke.sandbox.SandboxRoster.Door;
import com.example.seamrevoke.sandbox.SandboxRoster.Person;

/**
 * The fake Seam API: the endpoints this job calls, answering as Seam documents them, over
 * the roster's people ({@link SandboxAccess}) and, for any other pair, the documented
 * failing ids ({@link SandboxIds}). Requests and answers are SandboxAnswer.JSON trees;
 * the transport is {@link SandboxSeamServer}'s. Thread-safe.
 */
final class FakeSeam {

	private final SandboxAccess access;

	private final Map<String, AtomicInteger> attemptsByPair = new ConcurrentHashMap<>();

	FakeSeam(SandboxAccess access) {
		this.access = access;
	}

	SandboxAnswer answer(String path, JsonNode request) {
		return switch (path) {
			case "/user_identities/revoke_access_to_device" -> revokeDevice(request);
			case "/user_identities/get" -> get(request);
			case "/user_identities/list_accessible_devices" ->
				forPerson(request, person -> list("devices", "device_id", access.accessibleDevices(person), true));
			case "/user_identities/list_accessible_entrances" -> forPerson(request,
					person -> list("acs_entrances", "acs_entrance_id", access.accessibleEntrances(person), false));
			case "/user_identities/list_acs_users" -> forPerson(request, this::acsUsers);
			case "/access_grants/list" -> SandboxGrantPages.answer(access, request);
			case "/access_grants/delete" -> deleteGrant(text(request, "access_grant_id"));
			case "/acs/users/revoke_access_to_all_entrances" -> revokeAllEntrances(request);
			case "/acs/users/get" -> acsUser(text(request, "acs_user_id"));
			case "/client_sessions/list" -> forPerson(request, this::sessions);
			case "/client_sessions/revoke" -> revokeSession(text(request, "client_session_id"));
			default -> SandboxAnswer.error(404, "not_found", "No route for " + path);
		};
	}

	private SandboxAnswer get(JsonNode request) {
		Person person = access.find(text(request, "user_identity_id"), text(request, "user_identity_key"));
		if (person == null) {
			return SandboxAnswer.error(404, "user_identity_not_found", "User identity not found");
		}
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		ObjectNode identity = body.putObject("user_identity")
			.put("user_identity_id", person.id())
			.put("user_identity_key", person.key())
			.put("display_name", person.name());
		ArrayNode acsUserIds = identity.putArray("acs_user_ids");
		person.acsUsers().forEach(user -> acsUserIds.add(user.id()));
		return SandboxAnswer.ok(body);
	}

	private SandboxAnswer forPerson(JsonNode request, java.util.function.Function<Person, SandboxAnswer> answer) {
		String id = text(request, "user_identity_id");
		Person person = id == null ? null : access.find(id, null);
		return person == null ? SandboxAnswer.error(404, "user_identity_not_found", "User identity not found")
				: answer.apply(person);
	}

	private static SandboxAnswer list(String field, String idField, List<Door> doors, boolean devices) {
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		ArrayNode items = body.putArray(field);
		for (Door door : doors) {
			ObjectNode item = items.addObject().put(idField, door.id()).put("display_name", door.name());
			if (!door.acsSystemId().isEmpty()) {
				item.put("acs_system_id", door.acsSystemId());
			}
		}
		if (devices) {
			body.set("accessible_devices", items.deepCopy());
		}
		return SandboxAnswer.ok(body);
	}

	private SandboxAnswer acsUsers(Person person) {
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		ArrayNode users = body.putArray("acs_users");
		person.acsUsers().forEach(user -> users.add(acsUserJson(user)));
		return SandboxAnswer.ok(body);
	}

	private ObjectNode acsUserJson(AcsUser user) {
		ObjectNode json = SandboxAnswer.JSON.objectNode()
			.put("acs_user_id", user.id())
			.put("acs_system_id", user.acsSystemId())
			.put("display_name", user.name())
			.put("is_suspended", false);
		ArrayNode pending = json.putArray("pending_mutations");
		if (access.pending(user)) {
			pending.addObject()
				.put("mutation_code", "updating_access_group_membership")
				.put("message", "Seam is pushing the removal to the access system");
		}
		return json;
	}

	private SandboxAnswer acsUser(@Nullable String acsUserId) {
		AcsUser user = acsUserId == null ? null : access.acsUser(acsUserId);
		if (user == null) {
			return SandboxAnswer.error(404, "acs_user_not_found", "ACS user not found");
		}
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		body.set("acs_user", acsUserJson(user));
		return SandboxAnswer.ok(body);
	}

	private SandboxAnswer deleteGrant(@Nullable String accessGrantId) {
		if (accessGrantId == null || !access.deleteGrant(accessGrantId)) {
			return SandboxAnswer.error(404, "access_grant_not_found", "Access grant not found");
		}
		return SandboxAnswer.ok();
	}

	/** Seam's rule: an acs_user_id or a user_identity_id, never both. */
	private SandboxAnswer revokeAllEntrances(JsonNode request) {
		String acsUserId = text(request, "acs_user_id");
		if (acsUserId == null || request.has("user_identity_id")) {
			return SandboxAnswer.error(400, "invalid_input", "Only provide acs_user_id or user_identity_id");
		}
		AcsUser user = access.acsUser(acsUserId);
		if (user == null) {
			return SandboxAnswer.error(404, "acs_user_not_found", "ACS user not found");
		}
		access.revokeAllEntrances(user);
		return SandboxAnswer.ok();
	}

	private SandboxAnswer sessions(Person person) {
		ObjectNode body = SandboxAnswer.JSON.objectNode();
		ArrayNode sessions = body.putArray("client_sessions");
		access.sessions(person)
			.forEach(id -> sessions.addObject().put("client_session_id", id).put("user_identity_id", person.id()));
		return SandboxAnswer.ok(body);
	}

	private SandboxAnswer revokeSession(@Nullable String clientSessionId) {
		if (clientSessionId == null || !access.revokeSession(clientSessionId)) {
			return SandboxAnswer.error(404, "client_session_not_found", "Client session not found");
		}
		return SandboxAnswer.ok();
	}

	private SandboxAnswer revokeDevice(JsonNode request) {
		String user = text(request, "user_identity_id");
		String device = text(request, "device_id");
		if (user == null || device == null) {
			return SandboxAnswer.error(400, "invalid_input", "user_identity_id and device_id are required");
		}
		if (access.find(user, null) != null) {
			access.revokeDevice(user, device);
			return SandboxAnswer.ok();
		}
		// only the flaky ids answer by attempt: a million-row rehearsal keeps no count
		// per pair
		int attempt = SandboxIds.answersByAttempt(device)
				? attemptsByPair.computeIfAbsent(user + "/" + device, k -> new AtomicInteger()).incrementAndGet() : 1;
		SandboxIds.Answer answer = SandboxIds.answer(user, device, attempt);
		if (answer.errorType() == null) {
			return SandboxAnswer.ok();
		}
		SandboxAnswer failed = SandboxAnswer.error(answer.status(), answer.errorType(), answer.message());
		return answer.retryAfterSeconds() == null ? failed : failed.withRetryAfter(answer.retryAfterSeconds());
	}

	static @Nullable String text(JsonNode request, String field) {
		JsonNode value = request.path(field);
		return value.isString() ? value.asString() : null;
	}

}
