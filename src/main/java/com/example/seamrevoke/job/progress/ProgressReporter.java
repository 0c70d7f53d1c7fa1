package com.example.seamrevoke.job.progress;

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
 * line on an interactive terminal ({@link OperatorConsole}), otherwise (cron, Kubernetes,
 * a pipe) a log line every {@code revoke.progress-interval}.
 */
@Component
public class ProgressReporter {

	private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

	private static final Duration TERMINAL_REFRESH = Duration.ofMillis(500);

	private final RunProgress progress;

	private final OperatorConsole console;

	private final Duration interval;

	ProgressReporter(RunProgress progress, OperatorConsole console, RevokeProperties properties) {
		this.progress = progress;
		this.console = console;
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
		if (!console.interactive()) {
			ticker.scheduleAtFixedRate(() -> log.info("Progress: {}", meter.line()), interval.toMillis(),
					interval.toMillis(), TimeUnit.MILLISECONDS);
			return ticker::shutdownNow;
		}
		AutoCloseable shown = console.showLive(meter::line);
		ticker.scheduleAtFixedRate(console::refresh, 0, TERMINAL_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
		return () -> {
			ticker.shutdownNow();
			ticker.awaitTermination(1, TimeUnit.SECONDS);
			shown.close();
		};
	}

}
