package com.example.seamrevoke.seam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.seam.transport.RetryAfter;

/**
 * Reads one HTTP answer into a {@link SeamAnswer}: its text cleaned and cut here
 * (docs/operations.md, "Security"), so everything after this point may print it.
 * Thread-safe.
 */
class SeamAnswers {

	private static final int MAX_ERROR_BODY = 64 * 1024;

	private static final int MAX_BODY = 16 * 1024 * 1024;

	private final JsonMapper json = JsonMapper.shared();

	private final Clock clock;

	SeamAnswers(Clock clock) {
		this.clock = clock;
	}

	SeamAnswer read(int status, Function<String, @Nullable String> header, InputStream bodyStream) throws IOException {
		String requestId = SafeText.clean(header.apply("seam-request-id"), SafeText.TOKEN);
		Duration retryAfter = RetryAfter.parse(header.apply("Retry-After"), clock);
		if (status >= 200 && status < 300) {
			return success(status, requestId, successBody(bodyStream));
		}
		if (status >= 300 && status < 400) {
			String location = SafeText.clean(header.apply("Location"), SafeText.MESSAGE);
			String target = location == null ? "a redirect" : "a redirect to " + location;
			return new SeamAnswer(status, null, target + ", not followed", requestId, null, false);
		}
		String body = new String(bodyStream.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
		JsonNode error = seamError(body);
		if (error == null) {
			String text = body.isBlank() ? null : body.strip().lines().findFirst().orElse("");
			return new SeamAnswer(status, null, SafeText.clean(text, SafeText.MESSAGE), requestId, retryAfter, false);
		}
		return new SeamAnswer(status, SafeText.clean(error.path("type").asString(null), SafeText.TOKEN),
				SafeText.clean(error.path("message").asString(null), SafeText.MESSAGE), requestId, retryAfter, true);
	}

	/**
	 * A 2xx whose body says {@code "ok": false} is Seam refusing, not a success (with
	 * Seam's error when the body carries one).
	 */
	private static SeamAnswer success(int status, @Nullable String requestId, JsonNode body) {
		if (!body.path("ok").isBoolean() || body.path("ok").asBoolean()) {
			return new SeamAnswer(status, null, null, requestId, null, false, body);
		}
		JsonNode error = body.path("error");
		String type = error.path("type").isString() ? error.path("type").asString() : SeamAnswer.NOT_OK;
		String message = error.path("message").isString() ? error.path("message").asString()
				: "Seam answered HTTP " + status + " with \"ok\": false";
		return new SeamAnswer(status, SafeText.clean(type, SafeText.TOKEN), SafeText.clean(message, SafeText.MESSAGE),
				requestId, null, false, body);
	}

	/**
	 * A 2xx body as JSON; empty (not an error) when it is not JSON, as a revoke may
	 * answer.
	 */
	private JsonNode successBody(InputStream bodyStream) throws IOException {
		try {
			return json.readTree(new String(bodyStream.readNBytes(MAX_BODY), StandardCharsets.UTF_8));
		}
		catch (JacksonException e) {
			return json.missingNode();
		}
	}

	/**
	 * Seam's {@code {"error": {"type": ...}}}, or {@code null} when the body is something
	 * else (a proxy's page).
	 */
	private @Nullable JsonNode seamError(String body) {
		try {
			JsonNode error = json.readTree(body).path("error");
			return error.isObject() && error.path("type").isString() ? error : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

}
