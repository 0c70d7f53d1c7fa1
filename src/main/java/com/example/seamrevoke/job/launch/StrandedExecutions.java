package com.example.seamrevoke.job.launch;

import java.io.PrintStream;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Executions of an instance that no process will finish: left running by a process that
 * died, or UNKNOWN (a commit failed, the database went away). Spring Batch refuses to
 * restart an instance with either, so the run that holds the instance's claim marks them
 * FAILED and resumes. That is safe because the outcome table, not the stored reader
 * position, says which rows are done (docs/crash-safety.md, "Recovery").
 */
final class StrandedExecutions {

	private StrandedExecutions() {
	}

	/** Whether there was any to recover. */
	static boolean recover(JobRepository repository, JobInstance instance, PrintStream out) {
		boolean recovered = false;
		for (JobExecution execution : repository.getJobExecutions(instance)) {
			BatchStatus status = execution.getStatus();
			if (!status.isRunning() && status != BatchStatus.UNKNOWN) {
				continue;
			}
			recovered = true;
			out.println(status == BatchStatus.UNKNOWN
					? "Execution " + execution.getId() + " ended UNKNOWN (" + StopReason.of(execution)
							+ "); the outcome table holds every committed row: recovering and resuming it."
					: "Execution " + execution.getId()
							+ " was interrupted (the process died); recovering and resuming it.");
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
					failed(step);
					repository.update(step);
				}
			}
			execution.setStatus(BatchStatus.FAILED);
			execution.setExitStatus(recovered(execution.getExitStatus()));
			if (execution.getEndTime() == null) {
				execution.setEndTime(LocalDateTime.now());
			}
			repository.update(execution);
		}
		return recovered;
	}

	private static void failed(StepExecution step) {
		step.setStatus(BatchStatus.FAILED);
		step.setExitStatus(recovered(step.getExitStatus()));
		if (step.getEndTime() == null) {
			step.setEndTime(LocalDateTime.now());
		}
	}

	private static ExitStatus recovered(ExitStatus status) {
		return ExitStatus.FAILED.addExitDescription("recovered by the next run: " + status.getExitDescription());
	}

}
