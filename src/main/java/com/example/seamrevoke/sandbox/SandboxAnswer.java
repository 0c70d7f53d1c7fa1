package com.example.seamrevoke.sandbox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer of the fake Seam API, before the transport sends it: a status, a JSON body
 * (written by Jackson, so any text in it is escaped) and an optional {@code Retry-After}.
 */
record SandboxAnswer(int status, JsonNode body, @Nullable Integer retryAfterSeconds) {

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Seam's success: the fields given, then {@code "ok": true}. */
	static SandboxAnswer ok(ObjectNode fields) {
		return new SandboxAnswer(200, fields.put("ok", true), null);
	}

	static SandboxAnswer ok() {
		return ok(JSON.objectNode());
	}

	/** Seam's error body: {@code {"error": {"type", "message"}}}. */
	static SandboxAnswer error(int status, String type, String message) {
		ObjectNode body = JSON.objectNode();
		body.putObject("error").put("type", type).put("message", message);
		return new SandboxAnswer(status, body, null);
	}

	SandboxAnswer withRetryAfter(int seconds) {
		return new SandboxAnswer(status, body, seconds);
	}

}
