package com.example.seamrevoke.job.verify;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether the verify step runs: only when a row in its {@link VerifyScope} is still
 * unverified, which a pair file without {@code --verify} never has (no row of it is a
 * person's, so nothing is asked of the table). Decided again on a restart, with the
 * {@code --verify} given this time, as the step itself would read it.
 */
public final class VerificationDecider implements JobExecutionDecider {

	public static final String VERIFY = "VERIFY";

	public static final String NOTHING_TO_VERIFY = "NOTHING_TO_VERIFY";

	/** The step that records every verification. */
	public static final String STEP_NAME = "verifyStep";

	private final OutcomeRepository outcomes;

	VerificationDecider(OutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, @Nullable StepExecution stepExecution) {
		VerifyScope scope = VerifyScope.of(jobExecution.getJobParameters().getString(JobParameterNames.VERIFY));
		boolean pairFile = jobExecution.getExecutionContext().get(ExecutionContextKeys.PAIR_FILE, Boolean.class, false);
		boolean mayHaveRows = switch (scope) {
			case ALL_ROWS -> true;
			case PERSON_ROWS -> !pairFile;
			case NOTHING -> false;
		};
		boolean anyToVerify = mayHaveRows
				&& !outcomes.identitiesToVerify(jobExecution.getJobInstanceId(), scope == VerifyScope.ALL_ROWS, "", 1)
					.isEmpty();
		return new FlowExecutionStatus(anyToVerify ? VERIFY : NOTHING_TO_VERIFY);
	}

}
