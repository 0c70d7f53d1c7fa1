package com.example.seamrevoke;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.RunRequest;

/**
 * The command line an operator typed, checked before anything starts. Options with a dot
 * in their name ({@code --revoke.concurrency=4}, {@code --spring.datasource.url=...}) are
 * Spring properties and pass through untouched.
 */
record CommandLine(@Nullable Path input, @Nullable Path report, @Nullable Long rerunFailed, boolean dryRun,
		boolean sandbox, boolean force, @Nullable Boolean verify, boolean help, List<String> springArguments) {

	static CommandLine parse(String... args) {
		Path input = null;
		Path report = null;
		Long rerunFailed = null;
		boolean dryRun = false;
		boolean sandbox = false;
		boolean force = false;
		Boolean verify = null;
		boolean help = false;
		List<String> spring = new ArrayList<>();
		for (String arg : args) {
			String name = optionName(arg);
			String value = optionValue(arg);
			switch (name) {
				case "input" -> input = Path.of(required(name, value));
				case "report" -> report = Path.of(required(name, value));
				case "rerun-failed" -> rerunFailed = executionId(required(name, value));
				case "dry-run" -> dryRun = flag(name, value);
				case "sandbox" -> sandbox = flag(name, value);
				case "force" -> force = flag(name, value);
				case "verify" -> verify = flag(name, value);
				case "help", "h" -> help = true;
				default -> {
					if (!name.contains(".")) {
						throw new UsageException("unknown option '" + arg + "'");
					}
					spring.add(arg);
				}
			}
		}
		CommandLine line = new CommandLine(input, report, rerunFailed, dryRun, sandbox, force, verify, help,
				List.copyOf(spring));
		if (!help) {
			line.validate();
		}
		return line;
	}

	RunRequest toRunRequest() {
		return new RunRequest(input, report, rerunFailed, dryRun, force, verify);
	}

	private void validate() {
		if (input == null && rerunFailed == null) {
			throw new UsageException("--input=FILE or --rerun-failed=EXECUTION_ID is required");
		}
		if (input != null && rerunFailed != null) {
			throw new UsageException("--input and --rerun-failed cannot be combined");
		}
	}

	private static String optionName(String arg) {
		if (arg.equals("-h")) {
			return "h";
		}
		if (!arg.startsWith("--") || arg.length() == 2) {
			throw new UsageException("unexpected argument '" + arg + "' (options look like --input=FILE)");
		}
		int eq = arg.indexOf('=');
		return eq < 0 ? arg.substring(2) : arg.substring(2, eq);
	}

	private static String optionValue(String arg) {
		int eq = arg.indexOf('=');
		return eq < 0 ? null : arg.substring(eq + 1);
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new UsageException("--" + name + " needs a value, as in --" + name + "=...");
		}
		return value;
	}

	private static boolean flag(String name, String value) {
		if (value == null || value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		throw new UsageException("--" + name + " takes no value");
	}

	private static Long executionId(String value) {
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--rerun-failed needs a job execution id (a positive number), not '" + value + "'");
	}
}
