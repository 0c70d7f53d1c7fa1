package com.example.seamrevoke;

import java.io.PrintStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.RevocationLauncher;
import com.example.seamrevoke.job.RunInProgressException;
import com.example.seamrevoke.job.RunRefusedException;
import com.example.seamrevoke.job.RunResult;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.sandbox.SandboxSeamServer;
import com.example.seamrevoke.settings.InvalidSettingException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

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
			err.println("error: " + printable(e.getMessage()) + " (see --help)");
			return ExitCode.USAGE;
		}
		if (command.help()) {
			out.print(Usage.TEXT);
			return ExitCode.OK;
		}
		if (command.apiKeyOnCommandLine()) {
			err.println("warning: the API key on the command line is visible to every user of this machine (ps) and"
					+ " in the shell's history: export SEAM_API_KEY or set SEAM_API_KEY_FILE instead");
		}
		try (SandboxSeamServer sandbox = command.sandbox() ? SandboxSeamServer.start() : null) {
			SpringApplicationBuilder application = new SpringApplicationBuilder(SeamRevokeBatchApplication.class)
				.web(WebApplicationType.NONE)
				.registerShutdownHook(false)
				.initializers(new PrivateDatabaseDirectory());
			if (sandbox != null) {
				out.println("Sandbox: an embedded Seam stand-in at " + sandbox.baseUrl()
						+ " (nothing leaves this machine)");
				application.initializers(sandboxSettings(sandbox));
			}
			return launch(command, application, out);
		}
		catch (UsageException | InputFileException | RunRefusedException | InvalidSettingException e) {
			err.println("error: " + printable(e.getMessage()));
			return ExitCode.USAGE;
		}
		catch (RunInProgressException e) {
			err.println("not started: " + printable(e.getMessage()));
			return ExitCode.RUNNING_ELSEWHERE;
		}
		catch (Exception e) {
			boolean inUse = StartupFailures.repositoryInUse(e);
			err.println((inUse ? "not started: " : "error: ") + printable(StartupFailures.describe(e)));
			return inUse ? ExitCode.RUNNING_ELSEWHERE : ExitCode.USAGE;
		}
	}

	/**
	 * The sandbox's endpoint and key, above every other source of settings and not on the
	 * command line, where other users would see them.
	 */
	private static ApplicationContextInitializer<ConfigurableApplicationContext> sandboxSettings(
			SandboxSeamServer sandbox) {
		Map<String, Object> settings = Map.of("revoke.seam.endpoint", sandbox.baseUrl(), "revoke.seam.api-key",
				SandboxSeamServer.API_KEY, "revoke.seam.api-key-file", "");
		return context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("sandbox", settings));
	}

	private static int launch(CommandLine command, SpringApplicationBuilder application, PrintStream out)
			throws Exception {
		try (ConfigurableApplicationContext context = application
			.run(command.springArguments().toArray(String[]::new))) {
			RunResult result = context.getBean(RevocationLauncher.class).launch(command.toRunRequest(), out);
			return ExitCode.of(result);
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
