package com.example.seamrevoke.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import com.example.seamrevoke.CommandLine;
import com.example.seamrevoke.ExitCode;
import com.example.seamrevoke.RevokeProperties;
import com.example.seamrevoke.UsageException;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs one command: finds its job instance, says "already processed" when it is done,
 * recovers an execution a killed process left behind, starts or resumes the job, prints
 * the summary and answers the exit code.
 */
@Component
public class RevocationLauncher {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job revokeAccessJob;

	private final OutcomeRepository outcomes;

	private final ExclusiveRunProof runProof;

	private final RevokeProperties properties;

	private final StopOnSignal stopOnSignal;

	RevocationLauncher(JobOperator jobOperator, JobRepository jobRepository, Job revokeAccessJob,
			OutcomeRepository outcomes, ExclusiveRunProof runProof, RevokeProperties properties,
			StopOnSignal stopOnSignal) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.revokeAccessJob = revokeAccessJob;
		this.outcomes = outcomes;
		this.runProof = runProof;
		this.properties = properties;
		this.stopOnSignal = stopOnSignal;
	}

	public int launch(CommandLine command, PrintStream out) throws Exception {
		Instant started = Instant.now();
		if (!command.dryRun() && !properties.seam().hasApiKey()) {
			throw new UsageException("SEAM_API_KEY is not set: export it, or use --dry-run or --sandbox");
		}
		JobParameters parameters = command.rerunFailed() != null ? rerunParameters(command, out)
				: RunIdentity.forInput(command);
		if (parameters == null) {
			return ExitCode.OK;
		}
		JobInstance instance = jobRepository.getJobInstance(RevokeAccessJobConfiguration.JOB_NAME, parameters);
		if (instance != null) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				out.println("Already processed: execution " + last.getId() + " completed this input on "
						+ last.getEndTime() + "; nothing sent. Use --force to process it again.");
				return ExitCode.OK;
			}
			if (last != null && last.getStatus().isRunning()) {
				recover(last, out);
			}
			else if (last != null) {
				out.println("Resuming execution " + last.getId() + " (" + last.getStatus() + ") where it stopped.");
			}
		}
		JobExecution execution = stopOnSignal.whileRunning(() -> jobOperator.start(revokeAccessJob, parameters));
		return summarise(execution, started, out);
	}

	private JobParameters rerunParameters(CommandLine command, PrintStream out) {
		JobExecution source = findExecution(command.rerunFailed());
		if (source == null) {
			throw new UsageException("--rerun-failed=" + command.rerunFailed() + ": no such job execution");
		}
		long sourceInstance = source.getJobInstanceId();
		long failed = outcomes.count(sourceInstance).of(Outcome.FAILED);
		if (failed == 0) {
			out.println("Execution " + command.rerunFailed() + " has no FAILED rows: nothing to rerun.");
			return null;
		}
		out.println("Rerunning the " + failed + " FAILED rows of execution " + command.rerunFailed() + ".");
		return RunIdentity.forRerun(command, sourceInstance);
	}

	/** The JDBC repository throws rather than answering null for an unknown id. */
	private JobExecution findExecution(long executionId) {
		try {
			return jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException unknown) {
			return null;
		}
	}

	private void recover(JobExecution last, PrintStream out) {
		if (!runProof.provesAbandoned(last)) {
			throw new UsageException(runProof.explain(last));
		}
		out.println("Execution " + last.getId() + " was interrupted (the process died); recovering and resuming it.");
		jobOperator.recover(last);
	}

	private int summarise(JobExecution execution, Instant started, PrintStream out) {
		long instanceId = execution.getJobInstanceId();
		OutcomeCounts counts = outcomes.count(instanceId);
		RunSummary summary = new RunSummary(execution, counts, Duration.between(started, Instant.now()));
		out.print(summary.render());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return ExitCode.STOPPED;
		}
		return exitCodeOf(counts);
	}

	private static int exitCodeOf(OutcomeCounts counts) {
		return counts.anyNeedsAttention() ? ExitCode.ROWS_NEED_ATTENTION : ExitCode.OK;
	}

}
