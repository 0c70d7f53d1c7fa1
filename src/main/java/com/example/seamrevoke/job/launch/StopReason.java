package com.example.seamrevoke.job.launch;

import java.util.List;
import java.util.function.Predicate;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.safety.Causes;
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

	/** Failures whose message says it all: Seam stopped the run, or the input did. */
	private static final Predicate<Throwable> EXPLAINED = Causes
		.anyOf(List.of(SeamStopException.class, InputFileException.class));

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
			Throwable explained = Causes.find(failure, EXPLAINED);
			if (explained != null) {
				return explained.getMessage();
			}
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return "stopped on request";
		}
		return execution.getAllFailureExceptions()
			.stream()
			.map(failure -> "unexpected error: " + Causes.rootMessage(failure))
			.findFirst()
			.orElse(execution.getExitStatus().getExitDescription());
	}

}
