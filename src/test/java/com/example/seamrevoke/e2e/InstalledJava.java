package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A Java installed on this machine, found by its {@code release} file: the one running
 * the tests, {@code JAVA_HOME}, and those beside it (Debian's {@code /usr/lib/jvm}).
 */
record InstalledJava(Path home, String version) {

	/** Java 17 to 24: the launcher gives them a CDS archive. */
	static Optional<InstalledJava> withClassDataSharing() {
		return find(17, 24);
	}

	/** Java 25 or newer: the launcher gives them an AOT cache. */
	static Optional<InstalledJava> withAotCache() {
		return find(25, Integer.MAX_VALUE);
	}

	int major() {
		return Integer.parseInt(version.split("[^0-9]")[0]);
	}

	Path bin() {
		return home.resolve("bin");
	}

	@Override
	public String toString() {
		return "Java " + version;
	}

	private static Optional<InstalledJava> find(int lowest, int highest) {
		return candidates().stream()
			.flatMap(home -> read(home).stream())
			.filter(java -> java.major() >= lowest && java.major() <= highest)
			.findFirst();
	}

	private static List<Path> candidates() {
		List<Path> homes = new ArrayList<>();
		homes.add(Path.of(System.getProperty("java.home")));
		String javaHome = System.getenv("JAVA_HOME");
		if (javaHome != null && !javaHome.isBlank()) {
			homes.add(Path.of(javaHome));
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> children = Files.list(jvms)) {
				children.sorted().forEach(homes::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return homes;
	}

	private static Optional<InstalledJava> read(Path home) {
		Path release = home.resolve("release");
		if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
			return Optional.empty();
		}
		try (var reader = Files.newBufferedReader(release)) {
			Properties properties = new Properties();
			properties.load(reader);
			String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
			return version.matches("[0-9]+.*") ? Optional.of(new InstalledJava(home, version)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
