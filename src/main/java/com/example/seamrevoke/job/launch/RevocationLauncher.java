package com.example.seamrevoke.job.launch;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.AuditPage;
import com.example.seamrevoke.input.InputCheck;
import com.example.seamrevoke.job.exclusive.ExclusiveRunProof;
import com.example.seamrevoke.job.progress.ProgressReporter;
import com.example.seamrevoke.job.progress.RunProgress;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.support.StopOnSignal;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.seam.SeamCallCounts;
import com.example.seamrevoke.settings.ApiKey;
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
 * Runs one request: refuses what cannot run before anything is sent, claims its job
 * instance ({@link ExclusiveRunProof}: another live runner means this one sends nothing),
 * says "already processed" when it is done, recovers an execution a killed process left
 * behind, starts or resumes the job while showing its progress, and prints the summary.
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

	private final ProgressReporter progressReporter;

	private final RunProgress progress;

	private final SeamCallCounts callCounts;

	private final AuditPage auditPage;

	RevocationLauncher(JobOperator jobOperator, JobRepository jobRepository, Job revokeAccessJob,
			OutcomeRepository outcomes, ExclusiveRunProof runProof, RevokeProperties properties,
			StopOnSignal stopOnSignal, ProgressReporter progressReporter, RunProgress progress,
			SeamCallCounts callCounts, AuditPage auditPage) {
		this.progressReporter = progressReporter;
		this.auditPage = auditPage;
		this.progress = progress;
		this.callCounts = callCounts;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.revokeAccessJob = revokeAccessJob;
		this.outcomes = outcomes;
		this.runProof = runProof;
		this.properties = properties;
		this.stopOnSignal = stopOnSignal;
	}

	public RunReport launch(RunRequest request, PrintStream out) throws Exception {
		Instant started = Instant.now();
		requireApiKeyUnlessDryRun(request);
		// the whole file is read first: an unusable one (unreadable, no id
		// columns, a quote never closed) is refused before its identity is taken
		// and before anything is sent
		InputCheck check = (request.rerunFailed() == null) ? InputCheck.of(request.input()) : null;
		if (check != null) {
			PeopleCountGuard.check(check, request, properties.maxPeople());
		}
		JobParameters parameters = (check == null) ? rerunParameters(request, out)
				: RunIdentity.forInput(request, check.file());
		if (parameters == null) {
			return new RunReport(request.input(), RunResult.NOTHING_TO_DO, null, null, new OutcomeCounts(Map.of()), 0,
					null, started, Instant.now(), 0, 0, null, null, null);
		}
		try (ExclusiveRunProof.Claim claim = runProof.claim(parameters, out)) {
			return run(request, check, parameters, started, out);
		}
	}

	/**
	 * Runs with this process the only runner of the instance: an execution still shown
	 * running, or UNKNOWN, is one no process will finish, and is recovered.
	 */
	private RunReport run(RunRequest request, @Nullable InputCheck check, JobParameters parameters, Instant started,
			PrintStream out) throws Exception {
		JobInstance instance = jobRepository.getJobInstance(JobParameterNames.JOB_NAME, parameters);
		JobExecution last = (instance != null) ? jobRepository.getLastJobExecution(instance) : null;
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			out.println("Already processed: execution " + last.getId() + " completed this input on "
					+ utc(last.getEndTime()) + "; nothing sent. Use --force to process it again.");
			return new RunReport(request.input(), RunResult.NOTHING_TO_DO, last.getId(), last.getStatus().name(),
					outcomes.count(last.getJobInstanceId()), 0, reportOf(last), started, Instant.now(), 0, 0, null,
					null, null);
		}
		boolean recovered = instance != null && StrandedExecutions.recover(jobRepository, instance, out);
		if (last != null && !recovered) {
			out.println("Resuming execution " + last.getId() + " (" + last.getStatus() + ") where it stopped.");
		}
		request.beforeJobStart().run();
		if (check != null) {
			auditPage.inputChecked(check, parameters.getString(JobParameterNames.INPUT_SHA256));
		}
		JobExecution execution;
		try (AutoCloseable shown = progressReporter.start(RowTotal.of(request, check, outcomes, jobRepository))) {
			execution = stopOnSignal.whileRunning(() -> jobOperator.start(revokeAccessJob, parameters));
		}
		PeopleTally people = PeopleTally.of(outcomes, jobRepository, execution);
		RunReport report = report(request, execution, started, people);
		out.print(RunSummary.render(report));
		out.print(people.render());
		if (request.preview()) {
			out.println("Preview: nothing was removed; the PLANNED rows of the report are what a run of this file"
					+ " would remove. Run it without --preview to remove them.");
		}
		return report;
	}

	/** The repository keeps local times; the operator reads UTC with its zone. */
	static @Nullable Instant utc(@Nullable LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private void requireApiKeyUnlessDryRun(RunRequest request) {
		if (!request.dryRun() && ApiKey.from(properties.seam()) == null) {
			throw new RunRefusedException(
					"SEAM_API_KEY is not set: export it (or SEAM_API_KEY_FILE), or use --dry-run or --sandbox");
		}
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

	/**
	 * Rows FAILED or INVALID, and rows STILL_ACCESSIBLE or NOT_VERIFIED, need attention.
	 */
	private RunReport report(RunRequest request, JobExecution execution, Instant started, PeopleTally people) {
		OutcomeCounts counts = outcomes.count(execution.getJobInstanceId());
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		boolean attention = counts.anyNeedsAttention() || people.anyVerificationNeedsAttention();
		RunResult result = !completed ? RunResult.STOPPED
				: attention ? RunResult.ROWS_NEED_ATTENTION : RunResult.COMPLETED;
		String rerun = counts.of(Outcome.FAILED) > 0 ? request.rerunCommand().forExecution(execution.getId()) : null;
		return new RunReport(request.input(), result, execution.getId(), execution.getStatus().name(), counts,
				progress.thisExecution(), reportOf(execution), started, Instant.now(), callCounts.throttled(),
				callCounts.retries(), rerun, completed ? null : StopReason.of(execution), people.summary());
	}

	private static @Nullable String reportOf(JobExecution execution) {
		return execution.getExecutionContext().getString(ExecutionContextKeys.REPORT_WRITTEN, null);
	}

}
