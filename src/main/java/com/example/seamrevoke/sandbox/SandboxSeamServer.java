package com.example.seamrevoke.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * An embedded stand-in for Seam's user identity endpoints on 127.0.0.1, so the quickstart
 * runs with no key and no network. It answers like Seam: JSON errors, a
 * {@code seam-request-id} on every answer, a few documented ids that fail (see
 * {@link SandboxIds}), and a roster of people with devices ({@link SandboxPeople}).
 * {@link SandboxSettings} add latency, an unannounced rate limit and transient errors;
 * {@code GET /_sandbox/stats} counts what it answered.
 */
public final class SandboxSeamServer implements AutoCloseable {

	public static final String API_KEY = "seam_sandbox_key";

	private static final Pattern FIELD = Pattern
		.compile("\"(user_identity_id|user_identity_key|device_id)\"\\s*:\\s*\"([^\"]*)\"");

	private final HttpServer server;

	private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "sandbox-latency");
		thread.setDaemon(true);
		return thread;
	});

	private final SandboxSettings settings;

	private final RequestRateLimit rateLimit;

	private final Map<String, AtomicInteger> attemptsByPair = new ConcurrentHashMap<>();

	private final LongAdder calls = new LongAdder();

	private final LongAdder throttled = new LongAdder();

	private final LongAdder unavailable = new LongAdder();

	private final SandboxPeople people = new SandboxPeople();

	private boolean serving;

	private SandboxSeamServer(SandboxSettings settings, int port) throws IOException {
		this.settings = settings;
		this.rateLimit = new RequestRateLimit(settings.rateLimit(), System::nanoTime);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
		server.createContext("/", this::handle);
		// no executor: handlers run on the dispatcher thread (see handle)
		server.setExecutor(null);
	}

	/**
	 * Takes a free loopback port, so its address is known, without answering yet: a run
	 * that has nothing to do never starts it. The knobs come from the environment
	 * ({@code SEAM_SANDBOX_*}, docs/operations.md, "Sandbox").
	 */
	public static SandboxSeamServer bind() {
		return bind(SandboxSettings.fromEnvironment(), 0);
	}

	/** Starts answering; calls before this wait in the port's backlog. */
	public synchronized boolean serve() {
		if (serving) {
			return false;
		}
		server.start();
		serving = true;
		return true;
	}

	/** Binds and answers at once, with the knobs of the environment. */
	public static SandboxSeamServer start() {
		return start(SandboxSettings.fromEnvironment(), 0);
	}

	public static SandboxSeamServer start(Duration latency) {
		return start(new SandboxSettings(latency.toMillis(), latency.toMillis(), 0, 0, null, 0), 0);
	}

	public static SandboxSeamServer start(SandboxSettings settings, int port) {
		SandboxSeamServer sandbox = bind(settings, port);
		sandbox.serve();
		return sandbox;
	}

	private static SandboxSeamServer bind(SandboxSettings settings, int port) {
		try {
			return new SandboxSeamServer(settings, port);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start the sandbox on 127.0.0.1: " + e.getMessage(), e);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public String describe() {
		return settings.describe();
	}

	/** What the sandbox answered so far, as JSON (also {@code GET /_sandbox/stats}). */
	public String stats() {
		return "{\"calls\":" + calls.sum() + ",\"throttled_429\":" + throttled.sum() + ",\"unavailable_503\":"
				+ unavailable.sum() + "}";
	}

	/**
	 * Runs on the server's one dispatcher thread: the limit is checked on arrival, the
	 * answer is sent after the sampled latency by a timer, so a slow sandbox needs no
	 * thread per call in flight.
	 */
	private void handle(HttpExchange exchange) {
		try {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if ("/_sandbox/stats".equals(exchange.getRequestURI().getPath())) {
				answer(exchange, () -> send(exchange, 200, stats()));
				return;
			}
			calls.increment();
			boolean overLimit = !rateLimit.tryAcquire();
			long latency = settings.sampleLatencyMs();
			if (latency > 0) {
				delays.schedule(() -> answer(exchange, () -> answerCall(exchange, body, overLimit)), latency,
						TimeUnit.MILLISECONDS);
			}
			else {
				answer(exchange, () -> answerCall(exchange, body, overLimit));
			}
		}
		catch (IOException | RuntimeException e) {
			exchange.close();
		}
	}

	/** Sends one answer and ends the exchange; a client that went away is no error. */
	private static void answer(HttpExchange exchange, Answering answering) {
		try (exchange) {
			answering.answer();
		}
		catch (IOException e) {
			// the client closed the connection (a stopped run): nothing to answer
		}
	}

	private void answerCall(HttpExchange exchange, String body, boolean overLimit) throws IOException {
		exchange.getResponseHeaders().set("seam-request-id", "sandbox_" + UUID.randomUUID());
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		String path = exchange.getRequestURI().getPath();
		if (!path.startsWith("/user_identities/")) {
			send(exchange, 404, error("not_found", "No route for " + path));
		}
		else if (!"POST".equals(exchange.getRequestMethod())) {
			send(exchange, 405, error("method_not_allowed", "Use POST"));
		}
		else if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, error("unauthorized", "Unauthorized"));
		}
		else if (overLimit) {
			throttle(exchange);
		}
		else if (settings.transientError()) {
			unavailable.increment();
			send(exchange, 503, error("service_unavailable", "Service temporarily unavailable"));
		}
		else {
			route(exchange, path.substring("/user_identities/".length()), body);
		}
	}

	@FunctionalInterface
	private interface Answering {

		void answer() throws IOException;

	}

	private void route(HttpExchange exchange, String endpoint, String body) throws IOException {
		switch (endpoint) {
			case "revoke_access_to_device" -> answerRevoke(exchange, body);
			case "get" -> answerGet(exchange, body);
			case "list_accessible_devices", "list_accessible_entrances" ->
				answerList(exchange, endpoint.endsWith("devices"), field(body, "user_identity_id"));
			default -> send(exchange, 404, error("not_found", "No route for /user_identities/" + endpoint));
		}
	}

	private void answerGet(HttpExchange exchange, String body) throws IOException {
		SandboxPeople.Person person = people.find(field(body, "user_identity_id"), field(body, "user_identity_key"));
		if (person == null) {
			send(exchange, 404, error("user_identity_not_found", "User identity not found"));
			return;
		}
		send(exchange, 200, "{\"user_identity\":{\"user_identity_id\":\"" + person.id() + "\",\"user_identity_key\":\""
				+ person.key() + "\",\"display_name\":\"" + person.name() + "\"},\"ok\":true}");
	}

	private void answerList(HttpExchange exchange, boolean devices, @Nullable String userIdentityId)
			throws IOException {
		SandboxPeople.Person person = people.find(userIdentityId == null ? "" : userIdentityId, null);
		if (person == null) {
			send(exchange, 404, error("user_identity_not_found", "User identity not found"));
			return;
		}
		String items = devices ? people.accessibleDevices(person)
			.stream()
			.map(d -> "{\"device_id\":\"" + d.id() + "\",\"display_name\":\"" + d.name() + "\"}")
			.collect(Collectors.joining(",")) : entrances(person);
		String field = devices ? "devices" : "acs_entrances";
		send(exchange, 200, "{\"" + field + "\":[" + items + "],"
				+ (devices ? "\"accessible_devices\":[" + items + "]," : "") + "\"ok\":true}");
	}

	private static String entrances(SandboxPeople.Person person) {
		List<String> entrances = person.entrances();
		return IntStream.range(0, entrances.size())
			.mapToObj(i -> "{\"acs_entrance_id\":\"" + person.id().substring(0, 24) + String.format("%012d", i)
					+ "\",\"display_name\":\"" + entrances.get(i) + "\"}")
			.collect(Collectors.joining(","));
	}

	private void answerRevoke(HttpExchange exchange, String body) throws IOException {
		String user = field(body, "user_identity_id");
		String device = field(body, "device_id");
		if (user == null || device == null) {
			send(exchange, 400, error("invalid_input", "user_identity_id and device_id are required"));
			return;
		}
		if (people.knows(user)) {
			people.revoke(user, device);
			send(exchange, 200, "{\"ok\":true}");
			return;
		}
		// only the flaky ids answer by attempt: a million-row rehearsal keeps no count
		// per pair
		int attempt = SandboxIds.answersByAttempt(device)
				? attemptsByPair.computeIfAbsent(user + "/" + device, k -> new AtomicInteger()).incrementAndGet() : 1;
		SandboxIds.Answer answer = SandboxIds.answer(user, device, attempt);
		if (answer.retryAfterSeconds() != null) {
			exchange.getResponseHeaders().set("Retry-After", answer.retryAfterSeconds().toString());
		}
		send(exchange, answer.status(),
				answer.errorType() == null ? "{\"ok\":true}" : error(answer.errorType(), answer.message()));
	}

	private void throttle(HttpExchange exchange) throws IOException {
		throttled.increment();
		if (settings.retryAfterSeconds() != null) {
			exchange.getResponseHeaders().set("Retry-After", settings.retryAfterSeconds().toString());
		}
		send(exchange, 429, error("rate_limited", "Too many requests"));
	}

	private static @Nullable String field(String body, String name) {
		Matcher matcher = FIELD.matcher(body);
		while (matcher.find()) {
			if (matcher.group(1).equals(name)) {
				return matcher.group(2);
			}
		}
		return null;
	}

	private static String error(String type, String message) {
		return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
		delays.shutdownNow();
	}

}
