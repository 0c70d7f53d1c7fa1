package com.example.seamrevoke.seam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.safety.Causes;
import com.example.seamrevoke.safety.SafeText;

import org.springframework.retry.support.RetryTemplate;

/**
 * Seam's user identity endpoints: revoke one (user identity, device) pair, look up a user
 * identity, list what it can still open. Every call goes through {@link #call}: one rate
 * limiter, one retry of transient answers, one classification (docs/operations.md, "How
 * Seam's answers are handled"). Thread-safe; the step's workers share one instance.
 */
public class SeamClient {

	static final String REVOKE_PATH = "/user_identities/revoke_access_to_device";

	static final String GET_PATH = "/user_identities/get";

	static final String DEVICES_PATH = "/user_identities/list_accessible_devices";

	static final String ENTRANCES_PATH = "/user_identities/list_accessible_entrances";

	/**
	 * The TLS handshake failed on the certificate (unknown issuer, wrong host name,
	 * expired), not on the network: no retry can fix that.
	 */
	private static final Predicate<Throwable> CERTIFICATE_FAILURE = Causes.anyOf(List.of(CertificateException.class,
			CertPathBuilderException.class, CertPathValidatorException.class, SSLPeerUnverifiedException.class));

	private static final int MAX_ERROR_BODY = 64 * 1024;

	private static final int MAX_BODY = 16 * 1024 * 1024;

	private final SeamHttp http;

	private final RetryTemplate retryTemplate;

	private final RateLimiter rateLimiter;

	private final CallGuard guard;

	private final Duration maxRetryAfter;

	private final Clock clock;

	private final SeamCallCounts callCounts;

	private final JsonMapper json = JsonMapper.builder().build();

	SeamClient(SeamHttp http, RetryTemplate retryTemplate, RateLimiter rateLimiter, CallGuard guard,
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
		return call(REVOKE_PATH, Map.of("user_identity_id", userIdentityId, "device_id", deviceId)).result();
	}

	/** {@code /user_identities/get} by id when one is given, else by key. */
	public SeamLookup<UserIdentity> getUserIdentity(@Nullable String userIdentityId, @Nullable String userIdentityKey) {
		Map<String, String> body = (userIdentityId != null && !userIdentityId.isEmpty())
				? Map.of("user_identity_id", userIdentityId)
				: Map.of("user_identity_key", String.valueOf(userIdentityKey));
		SeamCall call = call(GET_PATH, body);
		JsonNode identity = call.field("user_identity");
		if (!call.result().succeeded() || !identity.isObject() || !identity.path("user_identity_id").isString()) {
			return SeamLookup.failed(call.result().succeeded() ? call.unexpected("user_identity") : call.result());
		}
		return new SeamLookup<>(call.result(), new UserIdentity(identity.path("user_identity_id").asString(),
				identity.path("user_identity_key").asString(null), identity.path("display_name").asString(null)));
	}

	/**
	 * The devices the identity can open ({@code devices}, not the deprecated
	 * {@code accessible_devices}).
	 */
	public SeamLookup<List<SeamResource>> listAccessibleDevices(String userIdentityId) {
		return list(DEVICES_PATH, userIdentityId, "devices", "device_id");
	}

	/**
	 * The access-control entrances the identity can open: revoking devices does not touch
	 * them.
	 */
	public SeamLookup<List<SeamResource>> listAccessibleEntrances(String userIdentityId) {
		return list(ENTRANCES_PATH, userIdentityId, "acs_entrances", "acs_entrance_id");
	}

	private SeamLookup<List<SeamResource>> list(String path, String userIdentityId, String field, String idField) {
		SeamCall call = call(path, Map.of("user_identity_id", userIdentityId));
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
			resources.add(new SeamResource(id, item.path("display_name").asString(null)));
		}
		return new SeamLookup<>(call.result(), List.copyOf(resources));
	}

	/**
	 * The one way to Seam: a POST of a JSON body, with the guard, the rate limiter and
	 * the retry of transient answers shared by every endpoint.
	 */
	SeamCall call(String path, Map<String, String> fields) {
		guard.checkNotStopped();
		int run = guard.run();
		AtomicInteger attempts = new AtomicInteger();
		byte[] body = json.writeValueAsBytes(fields);
		SeamCall call = retryTemplate.execute(context -> attempt(run, path, body, attempts),
				context -> exhausted(context.getLastThrowable(), attempts.get()));
		if (call.result().verdict() == SeamResult.Verdict.EXHAUSTED) {
			guard.exhausted(call.result().errorMessage());
		}
		return call;
	}

	/**
	 * Spring Retry also "recovers" from an exception it will not retry: only a transient
	 * answer is a result.
	 */
	private static SeamCall exhausted(Throwable last, int attempts) {
		if (last instanceof TransientAnswerException transientAnswer) {
			return new SeamCall(SeamResult.of(SeamResult.Verdict.EXHAUSTED, transientAnswer.answer(), attempts),
					transientAnswer.answer());
		}
		if (last instanceof RuntimeException runtime) {
			throw runtime;
		}
		throw new IllegalStateException(last);
	}

	private SeamCall attempt(int run, String path, byte[] body, AtomicInteger attempts) {
		guard.checkNotStopped();
		long sentAt = rateLimiter.acquire();
		callCounts.attempt(attempts.incrementAndGet());
		SeamAnswer answer = guard.send(run, () -> {
			SeamAnswer sent = send(path, body);
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
				yield new SeamCall(SeamResult.of(SeamResult.Verdict.SUCCEEDED, answer, attempts.get()), answer);
			}
			case PERMANENT -> {
				guard.answered();
				yield new SeamCall(SeamResult.of(SeamResult.Verdict.REJECTED, answer, attempts.get()), answer);
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

	private SeamAnswer send(String path, byte[] body) {
		try {
			return http.post(path, body, this::answer);
		}
		catch (IOException e) {
			String message = SafeText.clean(Causes.rootMessage(e), SafeText.MESSAGE);
			return (Causes.find(e, CERTIFICATE_FAILURE) != null) ? SeamAnswer.untrustedCertificate(message)
					: SeamAnswer.transportError(message);
		}
	}

	/**
	 * Seam's answer, its text cleaned and cut here (docs/operations.md, "Security"):
	 * everything after this point may print it.
	 */
	private SeamAnswer answer(int status, Function<String, @Nullable String> header, InputStream bodyStream)
			throws IOException {
		String requestId = SafeText.clean(header.apply("seam-request-id"), SafeText.TOKEN);
		Duration retryAfter = RetryAfter.parse(header.apply("Retry-After"), clock);
		if (status >= 200 && status < 300) {
			return new SeamAnswer(status, null, null, requestId, null, false, successBody(bodyStream));
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
