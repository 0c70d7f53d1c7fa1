package com.example.seamrevoke.job.progress;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.stereotype.Component;

/**
 * Shows a run's progress while it runs (docs/operations.md, "Watching a run"): a live
 * line on an interactive terminal, otherwise (cron, Kubernetes, a pipe) a log line every
 * {@code revoke.progress-interval}.
 */
@Component
public class ProgressReporter {

	private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

	private static final Duration TERMINAL_REFRESH = Duration.ofMillis(500);

	private final RunProgress progress;

	private final Duration interval;

	ProgressReporter(RunProgress progress, RevokeProperties properties) {
		this.progress = progress;
		this.interval = properties.progressInterval();
	}

	/** Starts showing progress; closing it stops and erases the live line. */
	public AutoCloseable start(@Nullable Long total) {
		ProgressMeter meter = new ProgressMeter(progress, total, Clock.systemUTC());
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "progress");
			thread.setDaemon(true);
			return thread;
		});
		if (!interactiveTerminal()) {
			ticker.scheduleAtFixedRate(() -> log.info("Progress: {}", meter.line()), interval.toMillis(),
					interval.toMillis(), TimeUnit.MILLISECONDS);
			return ticker::shutdownNow;
		}
		PrintStream out = System.out;
		PrintStream err = System.err;
		TerminalProgress terminal = new TerminalProgress(new OutputStreamWriter(out, Charset.defaultCharset()),
				meter::line);
		System.setOut(new PrintStream(terminal.erasingBefore(out), true));
		System.setErr(new PrintStream(terminal.erasingBefore(err), true));
		ticker.scheduleAtFixedRate(terminal::refresh, 0, TERMINAL_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
		return () -> {
			ticker.shutdownNow();
			ticker.awaitTermination(1, TimeUnit.SECONDS);
			System.setOut(out);
			System.setErr(err);
			terminal.erase();
		};
	}

	/**
	 * Whether standard output is a terminal a person watches. From Java 22 a console
	 * exists even when output is redirected; {@code isTerminal()} then tells.
	 */
	private static boolean interactiveTerminal() {
		Console console = System.console();
		if (console == null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException beforeJava22) {
			return true;
		}
	}

}
