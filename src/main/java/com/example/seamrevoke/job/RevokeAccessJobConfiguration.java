package com.example.seamrevoke.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.CsvRevocationReader;
import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.CallGuard;
import com.example.seamrevoke.seam.SeamCallCounts;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The revocation job: three chunk-oriented steps, expand, revoke and verify, each reading
 * on one thread and writing on the reading thread, in the chunk transaction; a listener
 * exports the report however the job ended. Each step is restartable, and a completed
 * step is not run again on a restart.
 *
 * <ul>
 * <li>expand: a people file's persons become one PENDING row per device (docs/formats.md,
 * "People files"), calling Seam on {@code revoke.concurrency} workers. A pair file has
 * nothing to expand: this step reads nothing.</li>
 * <li>revoke: the PENDING rows after an expansion, or a pair file's rows as they are
 * read; a read-ahead ({@link ReadAheadReader}) revokes them on {@code revoke.concurrency}
 * workers, up to {@code revoke.read-ahead} rows ahead of the chunk, so no worker waits at
 * a chunk boundary.</li>
 * <li>verify: each user identity's devices listed again ({@link VerifyScope}).</li>
 * </ul>
 *
 * <p>
 * Retried: transient Seam answers (408, 409, 429, 5xx, timeouts, resets), inside
 * {@link SeamClient}, where every attempt is counted for the row. Skipped: nothing. A
 * permanent rejection is a FAILED outcome value, so each row is written exactly once and
 * the framework never repeats a call; {@code revoke.skip-limit} is enforced by
 * {@link OutcomeWriter}.
 */
@Configuration(proxyBeanMethods = false)
class RevokeAccessJobConfiguration {

	static final String JOB_NAME = "revokeAccessJob";

	@Bean
	Job revokeAccessJob(JobRepository jobRepository, Step expandStep, Step revokeStep, Step verifyStep,
			ReportWriter reportWriter, CallGuard callGuard, SeamCallCounts callCounts, RevokeProperties properties) {
		return new JobBuilder(JOB_NAME, jobRepository).start(expandStep)
			.next(revokeStep)
			.next(verifyStep)
			.listener(new ResetCallGuardListener(callGuard, callCounts))
			.listener(new ReportExportListener(reportWriter, properties))
			.build();
	}

	@Bean
	Step expandStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReaderStream<RevocationRequest> expansionReader, ExpandProcessor expandProcessor,
			OutcomeWriter outcomeWriter, StopOnSignal stopOnSignal, RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<RevocationRequest, List<RevocationOutcome>>("expandStep", jobRepository,
				properties.effectiveChunkSize())
			.reader(expansionReader)
			.processor(expandProcessor)
			.writer(new ExpandedOutcomeWriter(outcomeWriter))
			.transactionManager(transactionManager)
			.taskExecutor(workers("expand-", properties))
			.listener(stopOnSignal)
			.build();
	}

	@Bean
	Step revokeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ItemStreamReader<InFlightRevocation> revocationReader, OutcomeWriter outcomeWriter,
			StopOnSignal stopOnSignal, RunProgress runProgress, OutcomeRepository outcomes,
			RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<InFlightRevocation, RevocationOutcome>("revokeStep", jobRepository,
				properties.effectiveChunkSize())
			.reader(revocationReader)
			.processor(new AwaitOutcomeProcessor())
			.writer(outcomeWriter)
			.transactionManager(transactionManager)
			.listener(stopOnSignal)
			.listener(new ProgressStartListener(runProgress, outcomes))
			.build();
	}

	/**
	 * Embedded H2's file lock already proves a run exclusive; a shared database needs the
	 * lease (docs/architecture.md, "Leases, or the H2 file lock").
	 */
	@Bean
	ExclusiveRunProof exclusiveRunProof(@Value("${spring.datasource.url:}") String datasourceUrl, RunLeases leases,
			RevokeProperties properties) {
		if (DatabaseLockRunProof.appliesTo(datasourceUrl)) {
			return new DatabaseLockRunProof();
		}
		return new LeaseRunProof(leases, properties.lease(), LeaseOwner.thisProcess(), LeaseRunProof::haltNow);
	}

	@Bean
	Step verifyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IdentitiesToVerifyReader identitiesToVerify, VerifyProcessor verifyProcessor,
			VerificationWriter verificationWriter, StopOnSignal stopOnSignal, RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<String, IdentityVerification>("verifyStep", jobRepository,
				properties.effectiveChunkSize())
			.reader(identitiesToVerify)
			.processor(verifyProcessor)
			.writer(verificationWriter)
			.transactionManager(transactionManager)
			.taskExecutor(workers("verify-", properties))
			.listener(stopOnSignal)
			.build();
	}

	private static SimpleAsyncTaskExecutor workers(String prefix, RevokeProperties properties) {
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor(prefix);
		workers.setConcurrencyLimit(properties.concurrency());
		return workers;
	}

	/**
	 * A people file (or a rerun of people): the input, deduplicated; a pair file:
	 * nothing.
	 */
	@Bean
	@StepScope
	ReaderStream<RevocationRequest> expansionReader(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance) {
		if (!Expansion.needed(outcomes, inputFile, rerunInstance)) {
			return ReaderStream.empty();
		}
		return new ReaderStream<>(inputReader(outcomes, transactionManager, stepExecution, inputFile, rerunInstance));
	}

	/**
	 * After an expansion: the PENDING rows it recorded; a pair file: the input,
	 * deduplicated.
	 */
	@Bean
	@StepScope
	ReaderStream<RevocationRequest> revocationSource(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance) {
		long jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		if (Expansion.needed(outcomes, inputFile, rerunInstance)) {
			return new ReaderStream<>(new PendingRowsReader(outcomes, jobInstanceId));
		}
		return new ReaderStream<>(inputReader(outcomes, transactionManager, stepExecution, inputFile, rerunInstance));
	}

	/**
	 * Revokes the revocation source's rows, up to {@code revoke.read-ahead} ahead of the
	 * chunk.
	 */
	@Bean
	@StepScope
	ReadAheadReader revocationReader(ReaderStream<RevocationRequest> revocationSource, SeamClient seamClient,
			StopOnSignal stopOnSignal, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode, RevokeProperties properties) {
		// a plain object, not a step-scoped bean: the workers run outside the step scope
		RevokeProcessor revoke = new RevokeProcessor(seamClient, RunMode.parse(mode).dryRun(), Clock.systemUTC());
		return new ReadAheadReader(revocationSource, revoke, properties.concurrency(), properties.effectiveReadAhead(),
				properties.effectiveChunkSize(), stopOnSignal::stopRequested, stepExecution);
	}

	private static DuplicateMarkingReader inputReader(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, StepExecution stepExecution, @Nullable String inputFile,
			@Nullable Long rerunInstance) {
		ItemStreamReader<RevocationRequest> source = inputFile != null ? new CsvRevocationReader(Path.of(inputFile))
				: new FailedRowsReader(outcomes, transactionManager, rerunInstance);
		return new DuplicateMarkingReader(source, outcomes, stepExecution.getJobExecution().getJobInstanceId());
	}

	@Bean
	@StepScope
	ExpandProcessor expandProcessor(SeamClient seamClient,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode) {
		return new ExpandProcessor(seamClient, RunMode.parse(mode).dryRun(), Clock.systemUTC());
	}

	@Bean
	@StepScope
	IdentitiesToVerifyReader identitiesToVerify(OutcomeRepository outcomes,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.VERIFY + "']}") @Nullable String verify) {
		return new IdentitiesToVerifyReader(outcomes, stepExecution.getJobExecution().getJobInstanceId(),
				VerifyScope.of(verify));
	}

	@Bean
	@StepScope
	VerifyProcessor verifyProcessor(SeamClient seamClient, OutcomeRepository outcomes,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.VERIFY + "']}") @Nullable String verify) {
		return new VerifyProcessor(seamClient, outcomes, stepExecution.getJobExecution().getJobInstanceId(),
				VerifyScope.of(verify), Clock.systemUTC());
	}

	@Bean
	@StepScope
	VerificationWriter verificationWriter(OutcomeRepository outcomes,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new VerificationWriter(outcomes, stepExecution);
	}

	@Bean
	@StepScope
	OutcomeWriter outcomeWriter(OutcomeRepository outcomes, @Value("#{stepExecution}") StepExecution stepExecution,
			RevokeProperties properties, RunProgress runProgress) {
		return new OutcomeWriter(outcomes, stepExecution, properties.skipLimit(), runProgress);
	}

}
