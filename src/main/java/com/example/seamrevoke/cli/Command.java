package com.example.seamrevoke.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.AuditPage;
import com.example.seamrevoke.database.DurableH2Commits;
import com.example.seamrevoke.database.PrivateDatabaseDirectory;
import com.example.seamrevoke.job.launch.ReportRewrite;
import com.example.seamrevoke.job.launch.RevocationLauncher;
import com.example.seamrevoke.job.launch.RunReport;
import com.example.seamrevoke.job.launch.RunRequest;
import com.example.seamrevoke.job.progress.OperatorConsole;
import com.example.seamrevoke.job.support.ProcessExit;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.sandbox.SandboxSeamServer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The command: parses the options, starts the sandbox if asked, starts Spring and the
 * job, and turns the result into an exit code and the summary JSON.
 */
public final class Command {

	private final Class<?> application;

	public Command(Class<?> application) {
		this.application = application;
	}

	/** Called first by {@code main}: see {@link ClassPreload}. */
	public static void preloadClasses() {
		ClassPreload.start();
	}

	/**
	 * The whole command without {@code System.exit}, so tests can check the exit code of
	 * the real command.
	 */
	public int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, OperatorConsole.plain(out, err));
	}

	/**
	 * The command, printing only to {@code console}, which the job's parts get too (with
	 * the one {@link ProcessExit}).
	 */
	public int run(String[] args, OperatorConsole console) {
		PrintStream out = console.out();
		PrintStream err = console.err();
		if (HistoryCommand.requested(args)) {
			return history(args, console);
		}
		CommandLine command;
		try {
			command = CommandLine.parse(args);
		}
		catch (UsageException e) {
			err.println("error: " + printable(e.getMessage()) + " (see --help)");
			return ExitCode.USAGE;
		}
		if (command.help()) {
			out.print(Usage.TEXT);
			return ExitCode.OK;
		}
		if (command.version()) {
			out.print(Version.text());
			return ExitCode.OK;
		}
		if (command.apiKeyOnCommandLine()) {
			err.println("warning: the API key on the command line is visible to every user of this machine (ps) and"
					+ " in the shell's history: export SEAM_API_KEY or set SEAM_API_KEY_FILE instead");
		}
		Instant start = Instant.now();
		List<RunReport> runs = new ArrayList<>();
		String error = null;
		int exitCode;
		try {
			exitCode = runWithSandboxIfAsked(command, runs, console);
		}
		catch (SpringApplication.AbandonedRunException e) {
			// the build's ahead-of-time processing stops the context here (AheadOfTime)
			throw e;
		}
		catch (Exception e) {
			error = printable(StartupFailures.describe(e));
			exitCode = StartupFailures.exitCode(e);
		}
		if (error != null) {
			// another live runner is not an error: a standby host of the same schedule
			// meets it
			err.println(((exitCode == ExitCode.ANOTHER_RUN_ACTIVE) ? "not started: " : "error: ") + error);
		}
		return writeSummaryJson(command, exitCode, start, runs, error, err);
	}

	private int history(String[] args, OperatorConsole console) {
		PrintStream err = console.err();
		try {
			return HistoryCommand.parse(args).run(application, console.out(), startup(console));
		}
		catch (UsageException e) {
			err.println("error: " + printable(e.getMessage()) + " (see --help)");
			return ExitCode.USAGE;
		}
		catch (RuntimeException e) {
			int exitCode = StartupFailures.exitCode(e);
			err.println(((exitCode == ExitCode.ANOTHER_RUN_ACTIVE) ? "not started: " : "error: ")
					+ printable(StartupFailures.describe(e)));
			return exitCode;
		}
	}

	/**
	 * The sandbox takes its port before Spring starts (the endpoint is a setting) but
	 * answers, and says so, only once a job is about to start.
	 */
	private int runWithSandboxIfAsked(CommandLine command, List<RunReport> runs, OperatorConsole console)
			throws Exception {
		PrintStream out = console.out();
		try (SandboxSeamServer sandbox = command.sandbox() ? SandboxSeamServer.bind() : null) {
			SpringApplicationBuilder application = new SpringApplicationBuilder(this.application)
				.web(WebApplicationType.NONE)
				.registerShutdownHook(false)
				.initializers(startup(console).toArray(ApplicationContextInitializer[]::new));
			Runnable beforeJobStart = () -> {
			};
			if (sandbox != null) {
				application.initializers(sandboxSettings(sandbox));
				beforeJobStart = () -> {
					if (sandbox.serve()) {
						out.println("Sandbox: an embedded Seam stand-in at " + sandbox.baseUrl()
								+ " (nothing leaves this machine)");
					}
				};
			}
			return launch(command, application, command.toRunRequest(beforeJobStart), runs, out, console.err());
		}
	}

	/**
	 * What every context of the command starts with, the same for a run and for
	 * {@code --history} (the build-time bean definitions of Spring AOT expect them).
	 */
	private static List<ApplicationContextInitializer<ConfigurableApplicationContext>> startup(
			OperatorConsole console) {
		return List.of(new DurableH2Commits(), new PrivateDatabaseDirectory(), operatorChannel(console),
				(context) -> context.getBeanFactory().registerSingleton(NoMessages.BEAN_NAME, new NoMessages()));
	}

	/**
	 * The console, and the one way to halt, for the job's parts; on a terminal the log's
	 * console lines go through it too, so they erase the live progress line.
	 */
	private static ApplicationContextInitializer<ConfigurableApplicationContext> operatorChannel(
			OperatorConsole console) {
		return context -> {
			context.getBeanFactory().registerSingleton("operatorConsole", console);
			context.getBeanFactory().registerSingleton("processExit", ProcessExit.halting(console));
			if (console.interactive()) {
				ConsoleLog.through(console);
			}
		};
	}

	/**
	 * The sandbox's endpoint and key, above every other source of settings and not on the
	 * command line, where other users would see them; and, below every other source, a
	 * settling window that fits its late access system (docs/offboarding.md).
	 */
	private static ApplicationContextInitializer<ConfigurableApplicationContext> sandboxSettings(
			SandboxSeamServer sandbox) {
		Map<String, Object> settings = Map.of("revoke.seam.endpoint", sandbox.baseUrl(), "revoke.seam.api-key",
				SandboxSeamServer.API_KEY, "revoke.seam.api-key-file", "");
		Map<String, Object> defaults = Map.of("revoke.verify.settle-window", "10s", "revoke.verify.settle-backoff",
				"1s");
		return context -> {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sandbox", settings));
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("sandbox-defaults", defaults));
		};
	}

	private static int launch(CommandLine command, SpringApplicationBuilder application, RunRequest request,
			List<RunReport> runs, PrintStream out, PrintStream err) throws Exception {
		try (ConfigurableApplicationContext context = application
			.run(command.springArguments().toArray(String[]::new))) {
			if (command.writeReport() != null) {
				return writeReport(context.getBean(ReportRewrite.class), command, out, err);
			}
			RevocationLauncher launcher = context.getBean(RevocationLauncher.class);
			context.getBean(AuditPage.class).rerunCommand(request.rerunCommand()::forExecution);
			if (!command.inputIsDirectory()) {
				RunReport run = launcher.launch(request, out);
				runs.add(run);
				InputDirectory.archiveIfCompleted(command, run, out);
				return ExitCode.of(run.result());
			}
			return new DirectoryRun(launcher, command, out, err).runAll(request, runs);
		}
	}

	/** Sends nothing and needs no key (docs/crash-safety.md). */
	private static int writeReport(ReportRewrite rewrite, CommandLine command, PrintStream out, PrintStream err) {
		try {
			rewrite.write(command.writeReport(), command.report(), out);
			return ExitCode.OK;
		}
		catch (UncheckedIOException e) {
			err.println("error: " + printable(e.getMessage()));
			return ExitCode.STOPPED;
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

	/**
	 * A message may quote an argument or a file: no control characters reach the
	 * terminal.
	 */
	private static String printable(@Nullable String message) {
		return String.valueOf(SafeText.clean(message, SafeText.LINE));
	}

}
