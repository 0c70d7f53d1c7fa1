package com.example.seamrevoke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads, on a thread of its own, the classes the build saw a run load (its training run
 * against the embedded sandbox writes the list, docs/install.md, "Start-up"). Started
 * with {@code java -jar} and no archive of classes, the main thread would define them one
 * at a time while Spring starts; on a second core they are mostly there when it asks.
 * Nothing is initialized but the two costly starts every run makes: Jackson's shared
 * mapper and Spring Batch's flight recorder events. A missing or stale list costs nothing
 * but time.
 */
final class ClassPreload {

	static final String LIST = "META-INF/seam-revoke-batch/classes.txt";

	/**
	 * Its first use initialises the flight recorder's metadata, 60 ms on the main thread.
	 */
	private static final String FLIGHT_RECORDER_EVENT = "org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent";

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
			new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((name) -> !name.isEmpty())
				.forEach((name) -> load(name, false, loader));
		}
		catch (IOException ex) {
			return;
		}
		load(FLIGHT_RECORDER_EVENT, true, loader);
		JsonMapper.shared();
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
