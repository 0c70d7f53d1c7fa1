package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution {@code ./mvnw package} builds (docs/install.md), unpacked as a person
 * installs it, and its launcher started in a child process.
 */
final class Distribution {

	private static final Path TARGET = Path.of("target");

	private final Path home;

	private Distribution(Path home) {
		this.home = home;
	}

	/** {@code target/seam-revoke-batch-<version>.<extension>}. */
	static Path archive(String extension) throws IOException {
		try (Stream<Path> files = Files.list(TARGET)) {
			return files
				.filter(file -> file.getFileName().toString().matches("seam-revoke-batch-[0-9].*\\." + extension))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"no distribution in target/: these tests run after 'package' (./mvnw verify)"));
		}
	}

	/** Unpacked with {@code tar}, which keeps the launcher executable. */
	static Distribution unpack(Path directory) throws Exception {
		Files.createDirectories(directory);
		Result tar = run(directory, Map.of(), "tar", "xzf", archive("tar.gz").toAbsolutePath().toString());
		if (tar.exitCode() != 0) {
			throw new IllegalStateException("tar failed: " + tar.err());
		}
		try (Stream<Path> children = Files.list(directory)) {
			return new Distribution(children.filter(Files::isDirectory).findFirst().orElseThrow());
		}
	}

	/** {@code tar tvzf}: each file with its mode. */
	static Result listing(Path workingDirectory) throws Exception {
		return run(workingDirectory, Map.of(), "tar", "tvzf", archive("tar.gz").toAbsolutePath().toString());
	}

	Path home() {
		return home;
	}

	Path jar() {
		return home.resolve("lib/seam-revoke-batch.jar");
	}

	/**
	 * A new build of the jar, as an upgrade brings: the same classes, other bytes (a zip
	 * comment added to the end-of-central-directory record).
	 */
	void changeJar() throws IOException {
		byte[] comment = "a new build".getBytes(StandardCharsets.US_ASCII);
		try (RandomAccessFile file = new RandomAccessFile(jar().toFile(), "rw")) {
			long end = file.length() - 22;
			file.seek(end);
			if (Integer.reverseBytes(file.readInt()) != 0x06054b50) {
				throw new IllegalStateException("the jar ends in a comment already");
			}
			file.seek(end + 20);
			file.write(comment.length & 0xff);
			file.write(comment.length >> 8);
			file.write(comment);
		}
	}

	/** {@code bin/seam-revoke-batch} with {@code environment} on top of a clean one. */
	Result launch(Path workingDirectory, Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/seam-revoke-batch").toString());
		command.addAll(List.of(arguments));
		return run(workingDirectory, environment, command.toArray(String[]::new));
	}

	private static Result run(Path workingDirectory, Map<String, String> environment, String... command)
			throws Exception {
		Path out = Files.createTempFile("launcher-", ".out");
		Path err = Files.createTempFile("launcher-", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			Map<String, String> childEnvironment = builder.environment();
			childEnvironment.keySet()
				.removeIf(name -> name.startsWith("SEAM_") || name.startsWith("SPRING_") || name.startsWith("JAVA_")
						|| name.startsWith("JDK_") || name.equals("XDG_CACHE_HOME"));
			childEnvironment.putAll(new HashMap<>(environment));
			Process process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("did not end in 5 minutes: " + String.join(" ", command));
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** What a run printed, and its exit code. */
	record Result(int exitCode, String out, String err) {

		/** The launcher's own lines, apart from the program's. */
		List<String> launcherLines() {
			return err.lines().filter(line -> line.startsWith("seam-revoke-batch: ")).toList();
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}

	}

}
