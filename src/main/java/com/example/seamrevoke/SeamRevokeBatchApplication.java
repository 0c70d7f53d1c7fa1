package com.example.seamrevoke;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.RevocationLauncher;
import com.example.seamrevoke.job.RunRefusedException;
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
		try (SandboxSeamServer sandbox = command.sandbox() ? SandboxSeamServer.start() : null) {
			List<String> springArguments = new ArrayList<>(command.springArguments());
			if (sandbox != null) {
				out.println("Sandbox: an embedded Seam stand-in at " + sandbox.baseUrl()
						+ " (nothing leaves this machine)");
				springArguments.add("--revoke.seam.endpoint=" + sandbox.baseUrl());
				springArguments.add("--revoke.seam.api-key=" + SandboxSeamServer.API_KEY);
			}
			return launch(command, springArguments, out);
		}
		catch (UsageException | InputFileException | RunRefusedException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.USAGE;
		}
		catch (Exception e) {
			err.println("error: " + StartupFailures.describe(e));
			return ExitCode.USAGE;
		}
	}

	private static int launch(CommandLine command, List<String> springArguments, PrintStream out) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeamRevokeBatchApplication.class)
			.web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.run(springArguments.toArray(String[]::new))) {
			RunResult result = context.getBean(RevocationLauncher.class).launch(command.toRunRequest(), out);
			return ExitCode.of(result);
		}
	}

}
