package com.example.seamrevoke.job.expand;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.source.Expansion;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether the expand step runs: a pair file has nothing to expand, and a step that reads
 * nothing still costs a short run its start, its commit and its records. Decided again on
 * every restart, with the same answer ({@link Expansion}).
 */
public final class ExpansionDecider implements JobExecutionDecider {

	public static final String EXPAND = "EXPAND";

	public static final String NOTHING_TO_EXPAND = "NOTHING_TO_EXPAND";

	private final OutcomeRepository outcomes;

	ExpansionDecider(OutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, @Nullable StepExecution stepExecution) {
		JobParameters parameters = jobExecution.getJobParameters();
		String inputFile = parameters.getString(JobParameterNames.INPUT_FILE);
		boolean needed = Expansion.needed(outcomes, inputFile, parameters.getLong(JobParameterNames.RERUN_INSTANCE));
		// a rerun may hold a person's rows without expanding anyone
		jobExecution.getExecutionContext().put(ExecutionContextKeys.PAIR_FILE, inputFile != null && !needed);
		return new FlowExecutionStatus(needed ? EXPAND : NOTHING_TO_EXPAND);
	}

}
