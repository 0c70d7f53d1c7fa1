package com.example.seamrevoke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads, on a thread of its own, the classes the build saw a run load (its training run
 * against the embedded sandbox writes the list, docs/install.md, "Start-up"). Started
 * with {@code java -jar} and no archive of classes, the main thread would define them one
 * at a time while Spring starts; on a second core they are mostly there when it asks.
 * Nothing is initialized but the costly starts every run makes: Jackson's shared mapper
 * (and its writer and reader of a call's body) and Spring Batch's flight recorder events.
 * A missing or stale list costs nothing but time.
 */
final class ClassPreload {

	static final String LIST = "META-INF/seam-revoke-batch/classes.txt";

	/**
	 * Spring Batch's flight recorder events: the first one used initialises the
	 * recorder's metadata (60 ms), each registers itself (a few ms more), all on the main
	 * thread between the job's start and its first call.
	 */
	private static final String FLIGHT_RECORDER_EVENTS = "org.springframework.batch.core.observability.jfr.events.";

	private ClassPreload() {
	}

	static void start() {
		Thread preload = new Thread(ClassPreload::run, "class-preload");
		preload.setDaemon(true);
		preload.start();
	}

	/**
	 * In the order the run loaded them, so that this thread is mostly ahead of the main
	 * one; then the costly starts, which come late in a run.
	 */
	private static void run() {
		ClassLoader loader = ClassPreload.class.getClassLoader();
		try (InputStream list = loader.getResourceAsStream(LIST)) {
			if (list == null) {
				// the build's training run, which must see a plain run's order
				return;
			}
			List<String> names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((name) -> !name.isEmpty())
				.toList();
			names.forEach((name) -> load(name, false, loader));
			names.stream()
				.filter((name) -> name.startsWith(FLIGHT_RECORDER_EVENTS))
				.forEach((name) -> load(name, true, loader));
		}
		catch (IOException ex) {
			return;
		}
		firstBody(JsonMapper.shared());
	}

	/**
	 * Jackson builds its serializer of a map and its tree reader on first use: 8 ms that
	 * the first call to Seam, which goes alone (CallGuard), would otherwise wait for.
	 */
	private static void firstBody(JsonMapper json) {
		try {
			byte[] body = json.writeValueAsBytes(Map.of("user_identity_id", "", "device_id", ""));
			json.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			// the first call builds them itself
		}
	}

	private static void load(String name, boolean initialize, ClassLoader loader) {
		try {
			Class.forName(name, initialize, loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// not in this build: the run loads what it needs and reports what is wrong
		}
	}

}
