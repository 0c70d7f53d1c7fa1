package com.example.seamrevoke.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's HTTP transport on 127.0.0.1, so the quickstart runs with no key and no
 * network: it checks the method and the key, adds the latency, the unannounced rate limit
 * and the transient errors of {@link SandboxSettings}, puts a {@code seam-request-id} on
 * every answer, and hands each request, parsed as JSON, to the fake Seam API
 * ({@link FakeSeam}). {@code GET /_sandbox/stats} counts what it answered.
 */
public final class SandboxSeamServer implements AutoCloseable {

	public static final String API_KEY = "seam_sandbox_key";

	private final HttpServer server;

	private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "sandbox-latency");
		thread.setDaemon(true);
		return thread;
	});

	private final SandboxSettings settings;

	private final RequestRateLimit rateLimit;

	private final LongAdder calls = new LongAdder();

	private final LongAdder throttled = new LongAdder();

	private final LongAdder unavailable = new LongAdder();

	private final FakeSeam seam = new FakeSeam(new SandboxAccess(System::nanoTime));

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
		return JsonMapper.shared()
			.writeValueAsString(SandboxAnswer.JSON.objectNode()
				.put("calls", calls.sum())
				.put("throttled_429", throttled.sum())
				.put("unavailable_503", unavailable.sum()));
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
				answer(exchange, () -> send(exchange, 200, stats().getBytes(StandardCharsets.UTF_8)));
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
		send(exchange, answerFor(exchange, body, overLimit));
	}

	private SandboxAnswer answerFor(HttpExchange exchange, String body, boolean overLimit) {
		if (!"POST".equals(exchange.getRequestMethod())) {
			return SandboxAnswer.error(405, "method_not_allowed", "Use POST");
		}
		if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return SandboxAnswer.error(401, "unauthorized", "Unauthorized");
		}
		if (overLimit) {
			throttled.increment();
			SandboxAnswer limited = SandboxAnswer.error(429, "rate_limited", "Too many requests");
			return settings.retryAfterSeconds() == null ? limited
					: limited.withRetryAfter(settings.retryAfterSeconds());
		}
		if (settings.transientError()) {
			unavailable.increment();
			return SandboxAnswer.error(503, "service_unavailable", "Service temporarily unavailable");
		}
		JsonNode request = parse(body);
		if (request == null) {
			return SandboxAnswer.error(400, "invalid_input", "The body is not a JSON object");
		}
		return seam.answer(exchange.getRequestURI().getPath(), request);
	}

	private static @Nullable JsonNode parse(String body) {
		try {
			JsonNode request = JsonMapper.shared().readTree(body);
			return request != null && request.isObject() ? request : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

	@FunctionalInterface
	private interface Answering {

		void answer() throws IOException;

	}

	private static void send(HttpExchange exchange, SandboxAnswer answer) throws IOException {
		if (answer.retryAfterSeconds() != null) {
			exchange.getResponseHeaders().set("Retry-After", answer.retryAfterSeconds().toString());
		}
		send(exchange, answer.status(), JsonMapper.shared().writeValueAsBytes(answer.body()));
	}

	private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
		delays.shutdownNow();
	}

}
