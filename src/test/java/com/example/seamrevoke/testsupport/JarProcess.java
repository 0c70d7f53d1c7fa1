package com.example.seamrevoke.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The packaged jar in a child JVM, started as a scheduler or an operator starts it: the
 * Java running the tests, {@code java -jar}, stdout and stderr together in a log file
 * that each start appends to. The child inherits no {@code SEAM_*} variable of the
 * machine running the tests (a real key must never reach a test run); a test gives the
 * ones it means. Every end-to-end test that starts the jar starts it here.
 */
public final class JarProcess {

	/** What {@code ./mvnw package} builds; the end-to-end tests run after it. */
	public static final Path JAR = Path.of("target/seam-revoke-batch.jar");

	private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

	private final Path log;

	private Path jar = JAR;

	private List<String> jvmOptions = List.of("-Xmx256m");

	private final List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private @Nullable Path workingDirectory;

	private @Nullable Path h2File;

	private @Nullable PostgresDatabase postgres;

	private @Nullable String postgresUrl;

	private JarProcess(Path log) {
		this.log = log;
	}

	/** The jar, its output appended to {@code log}. */
	public static JarProcess loggingTo(Path log) {
		return new JarProcess(log);
	}

	/**
	 * The jar as a scheduler runs it in {@code directory}: its output in
	 * {@code child.log}, its job repository an H2 file there, the key {@code child-key}.
	 */
	public static JarProcess inDirectory(Path directory) {
		return loggingTo(directory.resolve("child.log")).h2File(directory.resolve("db/revocations"))
			.environment("SEAM_API_KEY", "child-key");
	}

	/** Another copy of the jar than the one {@code package} built. */
	public JarProcess jar(Path jar) {
		this.jar = jar;
		return this;
	}

	/** The JVM's options, in place of the default 256 MiB heap. */
	public JarProcess jvmOptions(String... options) {
		jvmOptions = List.of(options);
		return this;
	}

	public JarProcess arguments(String... arguments) {
		return arguments(List.of(arguments));
	}

	public JarProcess arguments(List<String> arguments) {
		this.arguments.addAll(arguments);
		return this;
	}

	public JarProcess environment(String name, String value) {
		environment.put(name, value);
		return this;
	}

	public JarProcess workingDirectory(Path directory) {
		workingDirectory = directory;
		return this;
	}

	/** The job repository in an H2 file (the path without {@code .mv.db}). */
	public JarProcess h2File(Path database) {
		h2File = database.toAbsolutePath();
		postgres = null;
		return this;
	}

	/**
	 * The job repository in {@code postgres}; its user and password go in the
	 * environment, as in production.
	 */
	public JarProcess postgres(PostgresDatabase postgres) {
		return postgres(postgres, postgres.url());
	}

	/**
	 * The job repository in {@code postgres}, reached at {@code url} (a proxy a test
	 * cuts).
	 */
	public JarProcess postgres(PostgresDatabase postgres, String url) {
		this.postgres = postgres;
		this.postgresUrl = url;
		h2File = null;
		return this;
	}

	public Process start() throws IOException {
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: these tests run after 'package' (./mvnw verify)");
		}
		ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		if (workingDirectory != null) {
			builder.directory(workingDirectory.toFile());
		}
		Map<String, String> childEnvironment = builder.environment();
		childEnvironment.keySet().removeIf((name) -> name.startsWith("SEAM_"));
		if (postgres != null) {
			childEnvironment.put("SPRING_DATASOURCE_USERNAME", postgres.user());
			childEnvironment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
		}
		childEnvironment.putAll(environment);
		return builder.start();
	}

	/** Starts the jar and waits for it to exit, at most 3 minutes; its exit code. */
	public int runToEnd() throws IOException, InterruptedException {
		return runToEnd(RUN_LIMIT);
	}

	public int runToEnd(Duration limit) throws IOException, InterruptedException {
		Process process = start();
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			kill9(process);
			throw new IllegalStateException("the child run did not end in " + limit + "; its output: " + output());
		}
		return process.exitValue();
	}

	/** Everything the child runs have written so far. */
	public String output() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	/** Opens the job repository, once the child has let go of it. */
	public Connection database() throws SQLException {
		if (postgres != null) {
			return postgres.connect();
		}
		if (h2File != null) {
			return DriverManager.getConnection("jdbc:h2:file:" + h2File, "sa", "");
		}
		throw new IllegalStateException("this run uses the jar's default job repository");
	}

	/** kill -9: the JVM gets no chance to finish anything. */
	public static void kill9(Process process) throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/**
	 * SIGTERM, as a scheduler stops a run; the exit code once it has stopped (kill -9
	 * after 3 minutes, so a run that ignores the signal fails the test, not the build).
	 */
	public static int sigterm(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
			kill9(process);
			throw new IllegalStateException("the child run did not stop in " + RUN_LIMIT + " after SIGTERM");
		}
		return process.exitValue();
	}

	/** Waits, at most 2 minutes, until {@code condition} holds. */
	public static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}

	/** The first column of every row {@code sql} selects, as text. */
	public static List<String> column(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
		command.addAll(arguments);
		if (postgres != null) {
			command.add("--spring.datasource.url=" + postgresUrl);
		}
		else if (h2File != null) {
			// no ;WRITE_DELAY=0, as an operator who moved the database would
			// write it: the job makes every H2 file URL durable itself
			// (docs/crash-safety.md)
			command.add("--spring.datasource.url=jdbc:h2:file:" + h2File);
		}
		return command;
	}

}
