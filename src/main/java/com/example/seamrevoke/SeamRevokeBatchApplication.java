package com.example.seamrevoke;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.RevocationLauncher;
import com.example.seamrevoke.job.RunRefusedException;
import com.example.seamrevoke.job.RunReport;
import com.example.seamrevoke.job.RunRequest;
import com.example.seamrevoke.job.RunResult;
import com.example.seamrevoke.sandbox.SandboxSeamServer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command: parses the options, starts Spring and the job, and turns the result into
 * an exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SeamRevokeBatchApplication {

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * {@link #main} without {@code System.exit}, so tests can check the exit code of the
	 * real command.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine command;
		try {
			command = CommandLine.parse(args);
		}
		catch (UsageException e) {
			err.println("error: " + e.getMessage() + " (see --help)");
			return ExitCode.USAGE;
		}
		if (command.help()) {
			out.print(Usage.TEXT);
			return ExitCode.OK;
		}
		Instant start = Instant.now();
		List<RunReport> runs = new ArrayList<>();
		String error = null;
		int exitCode;
		try {
			exitCode = runWithSandboxIfAsked(command, runs, out, err);
		}
		catch (UsageException | InputFileException | RunRefusedException e) {
			error = e.getMessage();
			exitCode = ExitCode.USAGE;
		}
		catch (Exception e) {
			error = StartupFailures.describe(e);
			exitCode = StartupFailures.anotherRunActive(e) ? ExitCode.ANOTHER_RUN_ACTIVE : ExitCode.USAGE;
		}
		if (error != null) {
			err.println("error: " + error);
		}
		return writeSummaryJson(command, exitCode, start, runs, error, err);
	}

	/**
	 * The sandbox takes its port before Spring starts (the endpoint is a setting) but
	 * answers, and says so, only once a job is about to start.
	 */
	private static int runWithSandboxIfAsked(CommandLine command, List<RunReport> runs, PrintStream out,
			PrintStream err) throws Exception {
		try (SandboxSeamServer sandbox = command.sandbox() ? SandboxSeamServer.bind() : null) {
			List<String> springArguments = new ArrayList<>(command.springArguments());
			Runnable beforeJobStart = () -> {
			};
			if (sandbox != null) {
				springArguments.add("--revoke.seam.endpoint=" + sandbox.baseUrl());
				springArguments.add("--revoke.seam.api-key=" + SandboxSeamServer.API_KEY);
				beforeJobStart = () -> {
					if (sandbox.serve()) {
						out.println("Sandbox: an embedded Seam stand-in at " + sandbox.baseUrl()
								+ " (nothing leaves this machine)");
					}
				};
			}
			return launch(command, springArguments, command.toRunRequest(beforeJobStart), runs, out, err);
		}
	}

	private static int launch(CommandLine command, List<String> springArguments, RunRequest request,
			List<RunReport> runs, PrintStream out, PrintStream err) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeamRevokeBatchApplication.class)
			.web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.run(springArguments.toArray(String[]::new))) {
			RevocationLauncher launcher = context.getBean(RevocationLauncher.class);
			if (!command.inputIsDirectory()) {
				RunReport run = launcher.launch(request, out);
				runs.add(run);
				archiveIfCompleted(command, run, out);
				return ExitCode.of(run.result());
			}
			return new DirectoryRun(launcher, command, out, err).runAll(request, runs);
		}
	}

	static void archiveIfCompleted(CommandLine command, RunReport run, PrintStream out) {
		if (command.archiveTo() != null && run.result() != RunResult.STOPPED && run.input() != null) {
			Path archived = InputDirectory.archive(run.input(), command.archiveTo(), run.executionId());
			out.println("Archived " + run.input() + " to " + archived);
		}
	}

	private static int writeSummaryJson(CommandLine command, int exitCode, Instant start, List<RunReport> runs,
			@Nullable String error, PrintStream err) {
		if (command.summaryJson() == null) {
			return exitCode;
		}
		try {
			SummaryJson.write(command.summaryJson(), exitCode, start, Instant.now(), runs, error);
			return exitCode;
		}
		catch (IOException | UncheckedIOException e) {
			err.println("error: cannot write --summary-json=" + command.summaryJson() + ": " + e.getMessage());
			return ExitCode.worst(exitCode, ExitCode.USAGE);
		}
	}

}
