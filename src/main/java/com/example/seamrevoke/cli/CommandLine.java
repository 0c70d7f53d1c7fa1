package com.example.seamrevoke.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.launch.RerunCommand;
import com.example.seamrevoke.job.launch.RunRequest;
import com.example.seamrevoke.safety.SafeText;

/**
 * The command line an operator typed, checked before anything starts. Options with a dot
 * in their name ({@code --revoke.concurrency=4}, {@code --spring.datasource.url=...}) are
 * Spring properties and pass through untouched.
 */
record CommandLine(@Nullable Path input, @Nullable Path report, @Nullable Long rerunFailed, boolean dryRun,
		boolean sandbox, boolean force, @Nullable Boolean verify, boolean help, boolean version,
		@Nullable Path archiveTo, @Nullable Path summaryJson, List<String> springArguments) {

	/**
	 * How the distribution's launcher says it was started, for the rerun command
	 * (docs/install.md).
	 */
	static final String LAUNCHER_PROPERTY = "seam-revoke-batch.command";

	/**
	 * Settings a rerun needs to find the same job repository, reports and Seam: never a
	 * key.
	 */
	private static final List<String> CARRIED_TO_RERUN = List.of("spring.datasource.url", "revoke.report-directory",
			"revoke.seam.endpoint");

	public static CommandLine parse(String... args) {
		Path input = null;
		Path report = null;
		Long rerunFailed = null;
		boolean dryRun = false;
		boolean sandbox = false;
		boolean force = false;
		Boolean verify = null;
		boolean help = false;
		boolean version = false;
		Path archiveTo = null;
		Path summaryJson = null;
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
				case "archive-to" -> archiveTo = Path.of(required(name, value));
				case "summary-json" -> summaryJson = Path.of(required(name, value));
				case "verify" -> verify = flag(name, value);
				case "help", "h" -> help = true;
				case "version" -> version = true;
				default -> {
					if (!name.contains(".")) {
						// the name only: the value may be a secret
						throw new UsageException("unknown option '--" + SafeText.clean(name, SafeText.VALUE) + "'");
					}
					spring.add(arg);
				}
			}
		}
		CommandLine line = new CommandLine(input, report, rerunFailed, dryRun, sandbox, force, verify, help, version,
				archiveTo, summaryJson, List.copyOf(spring));
		if (!help && !version) {
			line.validate();
		}
		return line;
	}

	public RunRequest toRunRequest(Runnable beforeJobStart) {
		return new RunRequest(input, report, rerunFailed, dryRun, force, verify, rerunCommand(), beforeJobStart);
	}

	public boolean inputIsDirectory() {
		return input != null && Files.isDirectory(input);
	}

	/**
	 * The program as it was started (the launcher, or {@code java -jar <the jar>}), with
	 * the options that select the same repository, reports and Seam.
	 */
	private RerunCommand rerunCommand() {
		return new RerunCommand(program(), carriedOptions());
	}

	private static String program() {
		String launcher = System.getProperty(LAUNCHER_PROPERTY, "");
		if (!launcher.isBlank()) {
			return launcher.matches("[A-Za-z0-9_./-]+") ? launcher : "'" + launcher.replace("'", "'\\''") + "'";
		}
		return "java -jar " + startedJar().orElse("target/seam-revoke-batch.jar");
	}

	/** The jar as typed after {@code java -jar}, when this class was loaded from it. */
	private static Optional<String> startedJar() {
		String started = System.getProperty("sun.java.command", "").split(" ")[0];
		String loadedFrom = String.valueOf(CommandLine.class.getProtectionDomain().getCodeSource().getLocation());
		String name = Path.of(started).getFileName() == null ? "" : Path.of(started).getFileName().toString();
		return (name.endsWith(".jar") && loadedFrom.contains(name)) ? Optional.of(started) : Optional.empty();
	}

	private List<String> carriedOptions() {
		List<String> options = new ArrayList<>();
		if (sandbox) {
			options.add("--sandbox");
		}
		for (String argument : springArguments) {
			String name = optionName(argument);
			if (CARRIED_TO_RERUN.contains(name) && !argument.toLowerCase(Locale.ROOT).contains("password")) {
				options.add(argument);
			}
		}
		return options;
	}

	private void validate() {
		if (input == null && rerunFailed == null) {
			throw new UsageException("--input=FILE or --rerun-failed=EXECUTION_ID is required");
		}
		if (input != null && rerunFailed != null) {
			throw new UsageException("--input and --rerun-failed cannot be combined");
		}
		if (inputIsDirectory() && report != null) {
			throw new UsageException("--report names one file; a directory's files each get their own report"
					+ " (set revoke.report-directory instead)");
		}
		if (archiveTo != null && input == null) {
			throw new UsageException("--archive-to moves input files: it needs --input");
		}
	}

	/**
	 * {@code --revoke.seam.api-key=...}: the key is then visible to every user of the
	 * machine ({@code ps}) and in the shell's history.
	 */
	public boolean apiKeyOnCommandLine() {
		return springArguments.stream().anyMatch(arg -> {
			String name = optionName(arg).toLowerCase(Locale.ROOT).replaceAll("[-_]", "");
			String value = optionValue(arg);
			return name.equals("revoke.seam.apikey") && value != null && !value.isBlank();
		});
	}

	private static String optionName(String arg) {
		if (arg.equals("-h")) {
			return "h";
		}
		if (!arg.startsWith("--") || arg.length() == 2) {
			// not shown: a key given as "--revoke.seam.api-key KEY" would land here
			throw new UsageException("unexpected argument (not shown, it may be a secret): options look like"
					+ " --input=FILE, with '=' before the value");
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
