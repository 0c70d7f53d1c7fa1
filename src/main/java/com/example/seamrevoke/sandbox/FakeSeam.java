package com.example.seamrevoke.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.example.seamrevoke.sandbox.SandboxAnswer.JSON;
import static com.example.seamrevoke.sandbox.SandboxAnswer.error;
import static com.example.seamrevoke.sandbox.SandboxAnswer.ok;

/**
 * The fake Seam API: the endpoints this job calls, answering as Seam documents them, over
 * the roster's people ({@link SandboxPeople}) and, for any other pair, the documented
 * failing ids ({@link SandboxIds}). Requests and answers are JSON trees; the transport is
 * {@link SandboxSeamServer}'s. Thread-safe.
 */
final class FakeSeam {

	private final SandboxPeople people;

	private final Map<String, AtomicInteger> attemptsByPair = new ConcurrentHashMap<>();

	FakeSeam(SandboxPeople people) {
		this.people = people;
	}

	SandboxAnswer answer(String path, JsonNode request) {
		return switch (path) {
			case "/user_identities/revoke_access_to_device" -> revokeDevice(request);
			case "/user_identities/get" -> get(request);
			case "/user_identities/list_accessible_devices" -> forPerson(request, this::devices);
			case "/user_identities/list_accessible_entrances" -> forPerson(request, FakeSeam::entrances);
			default -> error(404, "not_found", "No route for " + path);
		};
	}

	private SandboxAnswer get(JsonNode request) {
		SandboxPeople.Person person = people.find(text(request, "user_identity_id"),
				text(request, "user_identity_key"));
		if (person == null) {
			return error(404, "user_identity_not_found", "User identity not found");
		}
		ObjectNode body = JSON.objectNode();
		body.putObject("user_identity")
			.put("user_identity_id", person.id())
			.put("user_identity_key", person.key())
			.put("display_name", person.name());
		return ok(body);
	}

	private SandboxAnswer forPerson(JsonNode request, Function<SandboxPeople.Person, SandboxAnswer> answer) {
		String id = text(request, "user_identity_id");
		SandboxPeople.Person person = id == null ? null : people.find(id, null);
		return person == null ? error(404, "user_identity_not_found", "User identity not found") : answer.apply(person);
	}

	private SandboxAnswer devices(SandboxPeople.Person person) {
		ObjectNode body = JSON.objectNode();
		ArrayNode devices = body.putArray("devices");
		people.accessibleDevices(person)
			.forEach(device -> devices.addObject().put("device_id", device.id()).put("display_name", device.name()));
		body.set("accessible_devices", devices.deepCopy());
		return ok(body);
	}

	private static SandboxAnswer entrances(SandboxPeople.Person person) {
		ObjectNode body = JSON.objectNode();
		ArrayNode entrances = body.putArray("acs_entrances");
		List<String> names = person.entrances();
		for (int i = 0; i < names.size(); i++) {
			entrances.addObject()
				.put("acs_entrance_id", person.id().substring(0, 24) + String.format("%012d", i))
				.put("display_name", names.get(i));
		}
		return ok(body);
	}

	private SandboxAnswer revokeDevice(JsonNode request) {
		String user = text(request, "user_identity_id");
		String device = text(request, "device_id");
		if (user == null || device == null) {
			return error(400, "invalid_input", "user_identity_id and device_id are required");
		}
		if (people.knows(user)) {
			people.revoke(user, device);
			return ok();
		}
		// only the flaky ids answer by attempt: a million-row rehearsal keeps no count
		// per pair
		int attempt = SandboxIds.answersByAttempt(device)
				? attemptsByPair.computeIfAbsent(user + "/" + device, k -> new AtomicInteger()).incrementAndGet() : 1;
		SandboxIds.Answer answer = SandboxIds.answer(user, device, attempt);
		if (answer.errorType() == null) {
			return ok();
		}
		SandboxAnswer failed = error(answer.status(), answer.errorType(), answer.message());
		return answer.retryAfterSeconds() == null ? failed : failed.withRetryAfter(answer.retryAfterSeconds());
	}

	static @Nullable String text(JsonNode request, String field) {
		JsonNode value = request.path(field);
		return value.isString() ? value.asString() : null;
	}

}
