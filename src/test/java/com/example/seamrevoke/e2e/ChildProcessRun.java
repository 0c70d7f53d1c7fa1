package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.testsupport.PostgresDatabase;

/**
 * The packaged jar in a child JVM, as a scheduler starts it, and its H2 file read
 * afterwards.
 */
final class ChildProcessRun {

	private static final Path JAR = Path.of("target/seam-revoke-batch.jar");

	private final List<String> command = new ArrayList<>();

	private final Path log;

	private final Path database;

	private final @Nullable PostgresDatabase postgres;

	ChildProcessRun(Path directory, List<String> arguments) {
		this(directory, arguments, null);
	}

	/**
	 * With {@code postgres} as the job repository instead of an H2 file; its user and
	 * password come from the environment, as in production.
	 */
	ChildProcessRun(Path directory, List<String> arguments, @Nullable PostgresDatabase postgres) {
		this(directory, arguments, postgres, (postgres != null) ? postgres.url() : null);
	}

	/** With {@code postgres} reached at {@code url}: through a proxy a test can cut. */
	ChildProcessRun(Path directory, List<String> arguments, @Nullable PostgresDatabase postgres, @Nullable String url) {
		this.database = directory.resolve("db/revocations").toAbsolutePath();
		this.postgres = postgres;
		this.log = directory.resolve("child.log");
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
				JAR.toAbsolutePath().toString()));
		command.addAll(arguments);
		// no ;WRITE_DELAY=0, as an operator who moved the database would write it: the
		// job
		// makes every H2 file URL durable itself (docs/crash-safety.md)
		command.add("--spring.datasource.url=" + (url != null ? url : "jdbc:h2:file:" + database));
	}

	Process start() throws IOException {
		return start("child-key");
	}

	/** Starts with its own key, so Seam's stand-in can tell this run's calls. */
	Process start(String apiKey) throws IOException {
		if (!Files.exists(JAR)) {
			throw new IllegalStateException(JAR + " is missing: these tests run after 'package' (./mvnw verify)");
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("SEAM_API_KEY", apiKey);
		if (postgres != null) {
			builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.user());
			builder.environment().put("SPRING_DATASOURCE_PASSWORD", postgres.password());
		}
		return builder.start();
	}

	int runToEnd() throws Exception {
		Process process = start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the child run did not end in 3 minutes; log: " + output());
		}
		return process.exitValue();
	}

	static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}

	String output() throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

	/** Opens the job repository once the child has let go of it. */
	Connection database() throws SQLException {
		return postgres != null ? postgres.connect()
				: DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
	}

	static List<String> column(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
