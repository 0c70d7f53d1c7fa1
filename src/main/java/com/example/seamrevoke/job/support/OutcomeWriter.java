package com.example.seamrevoke.job.support;

import java.util.ArrayList;

import com.example.seamrevoke.job.progress.RunProgress;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's outcomes in the chunk transaction, so the outcomes and the reader's
 * position commit together. When more rows FAILED than {@code revoke.skip-limit} allows,
 * it asks the step to stop after this chunk commits: nothing already done is lost.
 */
public class OutcomeWriter implements ItemWriter<RevocationOutcome> {

	private final OutcomeRepository outcomes;

	private final StepExecution stepExecution;

	private final Integer skipLimit;

	private final RunProgress progress;

	OutcomeWriter(OutcomeRepository outcomes, StepExecution stepExecution, Integer skipLimit, RunProgress progress) {
		this.outcomes = outcomes;
		this.progress = progress;
		this.stepExecution = stepExecution;
		this.skipLimit = skipLimit;
	}

	@Override
	public void write(Chunk<? extends RevocationOutcome> chunk) {
		long jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		outcomes.upsert(jobInstanceId, stepExecution.getJobExecutionId(), new ArrayList<>(chunk.getItems()));
		progress.written(chunk.getItems());
		if (skipLimit == null || chunk.getItems().stream().noneMatch(o -> o.outcome() == Outcome.FAILED)) {
			return;
		}
		long failed = outcomes.count(jobInstanceId).of(Outcome.FAILED);
		if (failed > skipLimit) {
			stepExecution.getExecutionContext()
				.putString(ExecutionContextKeys.STOP_REASON,
						failed + " rows FAILED, more than revoke.skip-limit=" + skipLimit);
			stepExecution.setTerminateOnly();
		}
	}

}
