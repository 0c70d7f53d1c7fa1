package com.example.seamrevoke.seam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Revokes one (user identity, device) pair:
 * {@code POST /user_identities/revoke_access_to_device} with retries of transient
 * answers. Thread-safe; the step's workers share one instance.
 */
public class SeamClient {

	static final String REVOKE_PATH = "/user_identities/revoke_access_to_device";

	private static final int MAX_ERROR_BODY = 64 * 1024;

	private final RestClient http;

	private final RetryTemplate retryTemplate;

	private final RateLimiter rateLimiter;

	private final CallGuard guard;

	private final Duration maxRetryAfter;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	SeamClient(RestClient http, RetryTemplate retryTemplate, RateLimiter rateLimiter, CallGuard guard,
			Duration maxRetryAfter, Clock clock) {
		this.http = http;
		this.retryTemplate = retryTemplate;
		this.rateLimiter = rateLimiter;
		this.guard = guard;
		this.maxRetryAfter = maxRetryAfter;
		this.clock = clock;
	}

	public SeamResult revoke(String userIdentityId, String deviceId) {
		guard.checkNotStopped();
		AtomicInteger attempts = new AtomicInteger();
		String body = json.writeValueAsString(Map.of("user_identity_id", userIdentityId, "device_id", deviceId));
		SeamResult result = retryTemplate.execute(context -> attempt(body, attempts),
				context -> exhausted(context.getLastThrowable(), attempts.get()));
		if (result.verdict() == SeamResult.Verdict.EXHAUSTED) {
			guard.exhausted(result.errorMessage());
		}
		return result;
	}

	/**
	 * Spring Retry also "recovers" from an exception it will not retry: only a transient
	 * answer is a result.
	 */
	private static SeamResult exhausted(Throwable last, int attempts) {
		if (last instanceof TransientAnswerException transientAnswer) {
			return SeamResult.of(SeamResult.Verdict.EXHAUSTED, transientAnswer.answer(), attempts);
		}
		if (last instanceof RuntimeException runtime) {
			throw runtime;
		}
		throw new IllegalStateException(last);
	}

	private SeamResult attempt(String body, AtomicInteger attempts) {
		guard.checkNotStopped();
		long sentAt = rateLimiter.acquire();
		attempts.incrementAndGet();
		SeamAnswer answer = guard.send(() -> {
			SeamAnswer sent = send(body);
			if (Classification.of(sent) == Classification.FATAL) {
				// stop before the waiting workers are let go, so none of them sends
				throw guard.stop(fatalReason(sent));
			}
			return sent;
		});
		return switch (Classification.of(answer)) {
			case SUCCESS -> {
				rateLimiter.onSuccess();
				guard.answered();
				yield SeamResult.of(SeamResult.Verdict.REVOKED, answer, attempts.get());
			}
			case PERMANENT -> {
				guard.answered();
				yield SeamResult.of(SeamResult.Verdict.REJECTED, answer, attempts.get());
			}
			case TRANSIENT -> throw transientOrStop(answer, sentAt);
			case FATAL -> throw guard.stop(fatalReason(answer));
		};
	}

	private RuntimeException transientOrStop(SeamAnswer answer, long sentAt) {
		if (answer.status() == 429) {
			rateLimiter.onThrottled(sentAt);
		}
		if (answer.retryAfter() != null && answer.retryAfter().compareTo(maxRetryAfter) > 0) {
			return guard.stop("Seam is throttling: it asked to wait " + answer.retryAfter().toSeconds()
					+ " s (Retry-After), more than " + maxRetryAfter.toSeconds() + " s; run the same command later");
		}
		return new TransientAnswerException(answer);
	}

	private SeamAnswer send(String body) {
		try {
			return http.post()
				.uri(REVOKE_PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((request, response) -> answer(response.getStatusCode().value(), response.getHeaders(),
						response.getBody()), true);
		}
		catch (ResourceAccessException e) {
			Throwable cause = e.getMostSpecificCause();
			return SeamAnswer.transportError(cause.getClass().getSimpleName() + ": " + cause.getMessage());
		}
	}

	private SeamAnswer answer(int status, HttpHeaders headers, InputStream bodyStream) throws IOException {
		String requestId = headers.getFirst("seam-request-id");
		Duration retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), clock);
		if (status >= 200 && status < 300) {
			return new SeamAnswer(status, null, null, requestId, null, false);
		}
		String body = new String(bodyStream.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
		JsonNode error = seamError(body);
		if (error == null) {
			String text = body.isBlank() ? null : body.strip().lines().findFirst().orElse("");
			return new SeamAnswer(status, null, text, requestId, retryAfter, false);
		}
		return new SeamAnswer(status, error.path("type").asString(null), error.path("message").asString(null),
				requestId, retryAfter, true);
	}

	/**
	 * Seam's {@code {"error": {"type": ...}}}, or {@code null} when the body is something
	 * else (a proxy's page).
	 */
	private JsonNode seamError(String body) {
		try {
			JsonNode error = json.readTree(body).path("error");
			return error.isObject() && error.path("type").isString() ? error : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static String fatalReason(SeamAnswer answer) {
		return "Seam refused the request with " + answer.describe()
				+ ": every row would fail the same way, so the job stopped (" + hint(answer) + ")";
	}

	private static String hint(SeamAnswer answer) {
		return switch (answer.status()) {
			case 401 -> "check SEAM_API_KEY";
			case 403 -> "the key may not manage this workspace's access";
			case 400 -> "set SEAM_WORKSPACE_ID for a personal access token";
			default -> "check SEAM_ENDPOINT";
		};
	}

}
