package com.example.seamrevoke.job;

import java.time.Duration;
import java.util.Locale;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.seam.SeamStopException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The end-of-run lines an operator (or a scheduler's mail) reads. */
record RunSummary(JobExecution execution, OutcomeCounts counts, Duration duration) {

	String render() {
		StringBuilder text = new StringBuilder();
		long rows = counts.total();
		double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
		text.append(String.format(Locale.ROOT, "Execution %d %s: %d rows (%s) in %.1f s, %.1f rows/s%n",
				execution.getId(), execution.getStatus(), rows, rows == 0 ? "none" : counts, seconds, rows / seconds));
		String report = execution.getExecutionContext().getString(ExecutionContextKeys.REPORT_WRITTEN, null);
		text.append(report == null
				? "Report: not written: "
						+ SafeText.clean(execution.getExitStatus().getExitDescription(), SafeText.LINE)
				: "Report: " + report)
			.append(System.lineSeparator());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			text.append("Stopped: ").append(reason()).append(System.lineSeparator());
			text.append("Run the same command again to resume where it stopped.").append(System.lineSeparator());
		}
		if (counts.of(Outcome.FAILED) > 0) {
			text.append("Rerun the FAILED rows: java -jar target/seam-revoke-batch.jar --rerun-failed=")
				.append(execution.getId())
				.append(System.lineSeparator());
		}
		return text.toString();
	}

	/**
	 * One line naming why the job did not complete; it may quote Seam or the input, so it
	 * is cleaned.
	 */
	String reason() {
		return SafeText.clean(rawReason(), SafeText.LINE);
	}

	private String rawReason() {
		for (StepExecution step : execution.getStepExecutions()) {
			String stopReason = step.getExecutionContext().getString(ExecutionContextKeys.STOP_REASON, null);
			if (stopReason != null) {
				return stopReason;
			}
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SeamStopException || cause instanceof InputFileException) {
					return cause.getMessage();
				}
			}
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return "stopped on request";
		}
		return execution.getAllFailureExceptions()
			.stream()
			.map(RunSummary::rootMessage)
			.findFirst()
			.orElse(execution.getExitStatus().getExitDescription());
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "unexpected error: " + root;
	}
}
