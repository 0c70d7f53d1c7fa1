package com.example.seamrevoke.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.example.seamrevoke.audit.history.HistoryText;
import com.example.seamrevoke.audit.history.PastRun;
import com.example.seamrevoke.audit.history.RunHistory;
import com.example.seamrevoke.safety.SafeText;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --history [--json] [--limit=N]}: the past runs in the job repository, newest
 * first, as a table or as JSON (docs/audit-page.md, "History"). Settings with a dot
 * ({@code --spring.datasource.url=...}) choose the repository, as for a run.
 */
record HistoryCommand(boolean json, int limit, List<String> springArguments) {

	static final int DEFAULT_LIMIT = 20;

	static boolean requested(String... args) {
		return Arrays.asList(args).contains("--history");
	}

	static HistoryCommand parse(String... args) {
		boolean json = false;
		int limit = DEFAULT_LIMIT;
		List<String> spring = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--history")) {
				continue;
			}
			if (arg.equals("--json")) {
				json = true;
			}
			else if (arg.startsWith("--limit=")) {
				limit = limit(arg.substring("--limit=".length()));
			}
			else if (arg.startsWith("--") && name(arg).contains(".")) {
				spring.add(arg);
			}
			else {
				// the name only: the value may be a secret
				throw new UsageException("--history takes --json, --limit=N and settings, not '"
						+ SafeText.clean(name(arg), SafeText.VALUE) + "'");
			}
		}
		return new HistoryCommand(json, limit, List.copyOf(spring));
	}

	private static String name(String arg) {
		int eq = arg.indexOf('=');
		return (eq < 0) ? arg : arg.substring(0, eq);
	}

	private static int limit(String value) {
		try {
			int limit = Integer.parseInt(value);
			if (limit > 0) {
				return limit;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--limit needs a positive number of runs, not '" + SafeText.clean(value, 20) + "'");
	}

	/**
	 * Lists the runs. A repository that cannot be opened throws, as a run's does, and the
	 * command says why.
	 */
	int run(Class<?> application, PrintStream out,
			List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.initializers(initializers.toArray(ApplicationContextInitializer[]::new))
			.run(springArguments.toArray(String[]::new))) {
			List<PastRun> runs = context.getBean(RunHistory.class).newestFirst(limit);
			out.print(json ? HistoryText.json(runs) : HistoryText.table(runs));
			return ExitCode.OK;
		}
	}

}
