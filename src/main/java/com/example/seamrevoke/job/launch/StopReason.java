package com.example.seamrevoke.job.launch;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.safety.SafeText;
import com.example.seamrevoke.seam.SeamStopException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One line naming why a job execution did not complete; it may quote Seam or the input,
 * so it is cleaned.
 */
public final class StopReason {

	private StopReason() {
	}

	public static String of(JobExecution execution) {
		return String.valueOf(SafeText.clean(raw(execution), SafeText.LINE));
	}

	private static String raw(JobExecution execution) {
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
			.map(StopReason::rootMessage)
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
