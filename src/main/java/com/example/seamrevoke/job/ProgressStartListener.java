package com.example.seamrevoke.job;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Starts a resumed execution's progress from the rows its instance already has. */
class ProgressStartListener implements StepExecutionListener {

	private final RunProgress progress;

	private final OutcomeRepository outcomes;

	ProgressStartListener(RunProgress progress, OutcomeRepository outcomes) {
		this.progress = progress;
		this.outcomes = outcomes;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		progress.startFrom(outcomes.count(stepExecution.getJobExecution().getJobInstanceId()));
	}

}
