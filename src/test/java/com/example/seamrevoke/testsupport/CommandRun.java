package com.example.seamrevoke.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command, as an operator or a scheduler runs it, in this JVM: its own H2 file
 * database under a test's directory, and retries fast enough for a test. A setting the
 * test gives itself replaces the default (Spring would join two values of one option into
 * a list).
 */
public final class CommandRun {

	private static final Pattern EXECUTION = Pattern.compile("Execution (\\d+) ");

	private final Map<String, String> defaults;

	private CommandRun(Map<String, String> defaults) {
		this.defaults = defaults;
	}

	/** Runs with a database in {@code directory}/db, kept from one run to the next. */
	public static CommandRun in(Path directory) {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("spring.datasource.url",
				"jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath() + ";WRITE_DELAY=0");
		defaults.put("revoke.retry.base-delay", "10ms");
		defaults.put("revoke.verify.settle-window", "5s");
		defaults.put("revoke.verify.settle-backoff", "200ms");
		return new CommandRun(defaults);
	}

	/** With its job repository in {@code database} instead of an H2 file. */
	public CommandRun in(PostgresDatabase database) {
		Map<String, String> withDatabase = new LinkedHashMap<>(defaults);
		withDatabase.put("spring.datasource.url", database.url());
		withDatabase.put("spring.datasource.username", database.user());
		withDatabase.put("spring.datasource.password", database.password());
		return new CommandRun(withDatabase);
	}

	/** Also sends to {@code seam} with a key (not for --sandbox, which sets both). */
	public CommandRun against(WireMockExtension seam) {
		Map<String, String> withSeam = new LinkedHashMap<>(defaults);
		withSeam.put("revoke.seam.api-key", "k");
		withSeam.put("revoke.seam.endpoint", seam.baseUrl());
		return new CommandRun(withSeam);
	}

	public Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		defaults.forEach((name, value) -> {
			if (all.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
				all.add("--" + name + "=" + value);
			}
		});
		return exactly(all.toArray(String[]::new));
	}

	/** Runs with these arguments and nothing added. */
	public static Result exactly(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Command(SeamRevokeBatchApplication.class).run(args,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** What the operator sees: the exit code and the two streams. */
	public record Result(int exitCode, String out, String err) {

		/** The job execution id the summary names ("Execution 3 COMPLETED: ..."). */
		public String executionId() {
			Matcher matcher = EXECUTION.matcher(out);
			assertThat(matcher.find()).as(out).isTrue();
			return matcher.group(1);
		}

	}

}
