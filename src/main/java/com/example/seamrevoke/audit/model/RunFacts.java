package com.example.seamrevoke.audit.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.seam.SeamStopException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The facts that tie a page to its data: which input (name, path, SHA-256), which job
 * instance and execution, when, how it ended, who ran it where, with which version.
 */
public record RunFacts(long jobInstanceId, long jobExecutionId, String input, @Nullable Path inputPath,
		@Nullable String inputSha256, @Nullable Long rerunInstance, String mode, String status, Instant start,
		Instant end, String stopReason, String user, String host, String version) {

	public static RunFacts of(JobExecution execution, String version) {
		JobParameters parameters = execution.getJobParameters();
		String file = parameters.getString(JobParameterNames.INPUT_FILE);
		Long rerunInstance = parameters.getLong(JobParameterNames.RERUN_INSTANCE);
		Path inputPath = (file != null) ? Path.of(file) : null;
		String input = (inputPath != null) ? String.valueOf(inputPath.getFileName())
				: "the FAILED rows of job instance " + rerunInstance;
		Instant start = utc(execution.getStartTime());
		Instant end = (execution.getEndTime() != null) ? utc(execution.getEndTime()) : Instant.now();
		return new RunFacts(execution.getJobInstanceId(), execution.getId(), input, inputPath,
				parameters.getString(JobParameterNames.INPUT_SHA256), rerunInstance,
				String.valueOf(parameters.getString(JobParameterNames.MODE)), execution.getStatus().name(),
				(start != null) ? start : end, end, stopReason(execution), System.getProperty("user.name", "unknown"),
				hostName(), version);
	}

	Duration duration() {
		return Duration.between(start, end);
	}

	boolean dryRun() {
		return mode.startsWith("dry-run");
	}

	/** Batch keeps local times; the page shows UTC. */
	public static @Nullable Instant utc(@Nullable LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

	/**
	 * Why an execution did not complete, in the words of the summary's "Stopped:" line
	 * (job.launch.StopReason): the step's own reason, a Seam stop or an input error, a
	 * stop on request, or the root failure.
	 */
	private static String stopReason(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return "";
		}
		for (StepExecution step : execution.getStepExecutions()) {
			String reason = step.getExecutionContext().getString(ExecutionContextKeys.STOP_REASON, null);
			if (reason != null) {
				return clean(reason);
			}
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SeamStopException || cause instanceof InputFileException) {
					return clean(cause.getMessage());
				}
			}
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return "stopped on request";
		}
		if (!failures.isEmpty()) {
			Throwable root = failures.get(0);
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return clean("unexpected error: " + root);
		}
		return clean(execution.getExitStatus().getExitDescription());
	}

	private static String clean(@Nullable String text) {
		return String.valueOf(SafeText.clean(text, SafeText.LINE));
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String fromEnvironment = System.getenv("HOSTNAME");
			return (fromEnvironment != null) ? fromEnvironment : "unknown host";
		}
	}

}
