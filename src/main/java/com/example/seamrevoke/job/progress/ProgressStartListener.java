package com.example.seamrevoke.job.progress;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Starts a resumed execution's progress from the rows its instance already has. */
public class ProgressStartListener implements StepExecutionListener {

	private final RunProgress progress;

	private final OutcomeRepository outcomes;

	public ProgressStartListener(RunProgress progress, OutcomeRepository outcomes) {
		this.progress = progress;
		this.outcomes = outcomes;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		progress.startFrom(outcomes.count(stepExecution.getJobExecution().getJobInstanceId()));
	}

}
