package com.example.seamrevoke.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A Seam stand-in on 127.0.0.1 that flaps: some revoke calls get a 503, some a dropped
 * connection, some a slow answer, chosen from a seed, the device and how many times that
 * device was called, so a seed gives the same answers whatever the threads' order. It
 * remembers the last answer it gave for each device (what the job's outcome must show)
 * and which run (the Bearer key) made each call. Listing a user identity's devices shows
 * none (the campaign's pair rows then verify).
 */
public final class FlappingSeam implements AutoCloseable {

	/**
	 * What the stand-in last answered for a device: no status for a dropped connection.
	 */
	public record Answer(@Nullable Integer status, @Nullable String requestId) {
	}

	/** One revoke call: the run that made it (its key) and the device. */
	public record Call(String run, String device) {
	}

	private static final Pattern FIELD = Pattern.compile("\"(user_identity_id|device_id)\"\\s*:\\s*\"([^\"]*)\"");

	private final HttpServer server;

	private final long seed;

	private final double flapRate;

	private final Map<String, AtomicInteger> callsPerDevice = new ConcurrentHashMap<>();

	private final Map<String, Answer> lastAnswers = new ConcurrentHashMap<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final AtomicInteger listed = new AtomicInteger();

	private final Map<String, Long> firstCallNanos = new ConcurrentHashMap<>();

	public FlappingSeam(long seed, double flapRate) throws IOException {
		this.seed = seed;
		this.flapRate = flapRate;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
		server.createContext("/user_identities/revoke_access_to_device", this::revoke);
		server.createContext("/user_identities/list_accessible_devices", this::listDevices);
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void revoke(HttpExchange exchange) throws IOException {
		Map<String, String> body = fields(exchange);
		String device = body.getOrDefault("device_id", "");
		String run = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
		firstCallNanos.putIfAbsent(run, System.nanoTime());
		calls.add(new Call(run, device));
		int call = callsPerDevice.computeIfAbsent(device, d -> new AtomicInteger()).incrementAndGet();
		SplittableRandom random = new SplittableRandom(seed ^ device.hashCode() * 31L ^ call * 0x9E3779B97F4A7C15L);
		double roll = random.nextDouble();
		if (roll < flapRate / 2) {
			lastAnswers.put(device, new Answer(null, null));
			exchange.close();
			return;
		}
		if (roll > 1 - flapRate / 2) {
			sleep(150);
		}
		String requestId = "req_" + Long.toHexString(random.nextLong());
		if (roll < flapRate) {
			answer(exchange, 503, requestId, "{\"error\":{\"type\":\"service_unavailable\",\"message\":\"flap\"}}");
			lastAnswers.put(device, new Answer(503, requestId));
			return;
		}
		lastAnswers.put(device, new Answer(200, requestId));
		answer(exchange, 200, requestId, "{\"ok\":true}");
	}

	/** Lists no device: every pair row verifies. */
	private void listDevices(HttpExchange exchange) throws IOException {
		fields(exchange);
		listed.incrementAndGet();
		answer(exchange, 200, "req_list", "{\"devices\":[],\"ok\":true}");
	}

	private static Map<String, String> fields(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Matcher field = FIELD.matcher(body);
		Map<String, String> values = new HashMap<>();
		while (field.find()) {
			values.put(field.group(1), field.group(2));
		}
		return values;
	}

	private static void answer(HttpExchange exchange, int status, String requestId, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("seam-request-id", requestId);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public Map<String, Answer> lastAnswers() {
		return Map.copyOf(lastAnswers);
	}

	public List<Call> calls() {
		return List.copyOf(calls);
	}

	/** When the run with this Authorization header sent its first revoke. */
	public Long firstCallNanos(String authorization) {
		return firstCallNanos.get(authorization);
	}

	public int revokeCalls() {
		return calls.size();
	}

	public int listCalls() {
		return listed.get();
	}

	/** The devices each run (by its key) called. */
	public Map<String, Set<String>> devicesByRun() {
		return calls.stream()
			.collect(Collectors.groupingBy(Call::run, Collectors.mapping(Call::device, Collectors.toSet())));
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
