package com.example.seamrevoke.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.CsvLayoutDetector;
import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.settings.RevokeProperties;

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
 * Runs one request: refuses what cannot run before anything is sent, finds its job
 * instance, says "already processed" when it is done, recovers an execution a killed
 * process left behind, starts or resumes the job and prints the summary.
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

	public RunResult launch(RunRequest request, PrintStream out) throws Exception {
		Instant started = Instant.now();
		requireApiKeyUnlessDryRun(request);
		JobParameters parameters = (request.rerunFailed() != null) ? rerunParameters(request, out)
				: inputParameters(request);
		if (parameters == null) {
			return RunResult.NOTHING_TO_DO;
		}
		JobInstance instance = jobRepository.getJobInstance(RevokeAccessJobConfiguration.JOB_NAME, parameters);
		JobExecution last = (instance != null) ? jobRepository.getLastJobExecution(instance) : null;
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			out.println("Already processed: execution " + last.getId() + " completed this input on " + last.getEndTime()
					+ "; nothing sent. Use --force to process it again.");
			return RunResult.NOTHING_TO_DO;
		}
		if (last != null && last.getStatus().isRunning()) {
			recover(last, out);
		}
		else if (last != null) {
			out.println("Resuming execution " + last.getId() + " (" + last.getStatus() + ") where it stopped.");
		}
		JobExecution execution = stopOnSignal.whileRunning(() -> jobOperator.start(revokeAccessJob, parameters));
		return summarise(execution, started, out);
	}

	private void requireApiKeyUnlessDryRun(RunRequest request) {
		if (!request.dryRun() && !properties.seam().hasApiKey()) {
			throw new RunRefusedException("SEAM_API_KEY is not set: export it, or use --dry-run or --sandbox");
		}
	}

	/**
	 * An unusable file (no id columns, unreadable) is refused before its identity is
	 * taken.
	 */
	private JobParameters inputParameters(RunRequest request) {
		Path input = request.input();
		refuseUnusableInput(input);
		return RunIdentity.forInput(request, input);
	}

	private static void refuseUnusableInput(Path input) {
		if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
			throw new InputFileException(input, 0, "no such readable file");
		}
		CsvLayoutDetector.detect(input);
	}

	private @Nullable JobParameters rerunParameters(RunRequest request, PrintStream out) {
		long executionId = request.rerunFailed();
		JobExecution source = findExecution(executionId);
		if (source == null) {
			throw new RunRefusedException("--rerun-failed=" + executionId + ": no such job execution");
		}
		long sourceInstance = source.getJobInstanceId();
		long failed = outcomes.count(sourceInstance).of(Outcome.FAILED);
		if (failed == 0) {
			out.println("Execution " + executionId + " has no FAILED rows: nothing to rerun.");
			return null;
		}
		out.println("Rerunning the " + failed + " FAILED rows of execution " + executionId + ".");
		return RunIdentity.forRerun(request, executionId, sourceInstance);
	}

	/** The JDBC repository throws rather than answering null for an unknown id. */
	private @Nullable JobExecution findExecution(long executionId) {
		try {
			return jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException unknown) {
			return null;
		}
	}

	private void recover(JobExecution last, PrintStream out) {
		if (!runProof.provesAbandoned(last)) {
			throw new RunRefusedException(runProof.explain(last));
		}
		out.println("Execution " + last.getId() + " was interrupted (the process died); recovering and resuming it.");
		jobOperator.recover(last);
	}

	private RunResult summarise(JobExecution execution, Instant started, PrintStream out) {
		OutcomeCounts counts = outcomes.count(execution.getJobInstanceId());
		PeopleTally people = PeopleTally.of(outcomes, execution.getJobInstanceId());
		out.print(new RunSummary(execution, counts, Duration.between(started, Instant.now())).render());
		out.print(people.render());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return RunResult.STOPPED;
		}
		return counts.anyNeedsAttention() || people.anyVerificationNeedsAttention() ? RunResult.ROWS_NEED_ATTENTION
				: RunResult.COMPLETED;
	}

}
