package com.example.seamrevoke.seam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLPeerUnverifiedException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.safety.SafeText;

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

	private final SeamCallCounts callCounts;

	private final JsonMapper json = JsonMapper.builder().build();

	SeamClient(RestClient http, RetryTemplate retryTemplate, RateLimiter rateLimiter, CallGuard guard,
			Duration maxRetryAfter, Clock clock, SeamCallCounts callCounts) {
		this.http = http;
		this.retryTemplate = retryTemplate;
		this.rateLimiter = rateLimiter;
		this.guard = guard;
		this.maxRetryAfter = maxRetryAfter;
		this.clock = clock;
		this.callCounts = callCounts;
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
		callCounts.attempt(attempts.incrementAndGet());
		SeamAnswer answer = guard.send(() -> {
			SeamAnswer sent = send(body);
			callCounts.answered(sent.status());
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
			String message = SafeText.clean(cause.getClass().getSimpleName() + ": " + cause.getMessage(),
					SafeText.MESSAGE);
			return isCertificateFailure(e) ? SeamAnswer.untrustedCertificate(message)
					: SeamAnswer.transportError(message);
		}
	}

	/**
	 * The TLS handshake failed on the certificate (unknown issuer, wrong host name,
	 * expired), not on the network: no retry can fix that.
	 */
	private static boolean isCertificateFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CertificateException || cause instanceof CertPathBuilderException
					|| cause instanceof CertPathValidatorException || cause instanceof SSLPeerUnverifiedException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Seam's answer, its text cleaned and cut here (README, "Security"): everything after
	 * this point may print it.
	 */
	private SeamAnswer answer(int status, HttpHeaders headers, InputStream bodyStream) throws IOException {
		String requestId = SafeText.clean(headers.getFirst("seam-request-id"), SafeText.TOKEN);
		Duration retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), clock);
		if (status >= 200 && status < 300) {
			return new SeamAnswer(status, null, null, requestId, null, false);
		}
		if (status >= 300 && status < 400) {
			String location = SafeText.clean(headers.getFirst(HttpHeaders.LOCATION), SafeText.MESSAGE);
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
		if (answer.isUntrustedCertificate()) {
			return "the TLS certificate of SEAM_ENDPOINT is not trusted (" + answer.errorMessage()
					+ "): the key is sent only to a server that proves it is the endpoint, so the job stopped"
					+ " (a company proxy's CA goes in the JVM's trust store, -Djavax.net.ssl.trustStore=...)";
		}
		if (answer.status() >= 300 && answer.status() < 400) {
			return "SEAM_ENDPOINT answered " + answer.describe()
					+ ": the key is sent to no other host, so the job stopped (set SEAM_ENDPOINT to the address Seam"
					+ " answers on)";
		}
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
