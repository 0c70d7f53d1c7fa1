package com.example.seamrevoke.job;

import java.nio.file.Path;
import java.time.Clock;

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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The revocation job: one chunk-oriented step reads rows on one thread; a read-ahead
 * ({@link ReadAheadReader}) revokes them on {@code revoke.concurrency} workers, up to
 * {@code revoke.read-ahead} rows ahead of the chunk, so no worker waits at a chunk
 * boundary; the outcomes are written on the reading thread, in the chunk transaction; a
 * listener exports the report however the step ended.
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
	Job revokeAccessJob(JobRepository jobRepository, Step revokeStep, ReportWriter reportWriter, CallGuard callGuard,
			SeamCallCounts callCounts, RevokeProperties properties) {
		return new JobBuilder(JOB_NAME, jobRepository).start(revokeStep)
			.listener(new ResetCallGuardListener(callGuard, callCounts))
			.listener(new ReportExportListener(reportWriter, properties))
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
	 * lease (README, "Production").
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
	@StepScope
	ReadAheadReader revocationReader(DuplicateMarkingReader revocationSource, SeamClient seamClient,
			StopOnSignal stopOnSignal, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode, RevokeProperties properties) {
		// a plain object, not a step-scoped bean: the workers run outside the step scope
		RevokeProcessor revoke = new RevokeProcessor(seamClient, RunMode.parse(mode).dryRun(), Clock.systemUTC());
		return new ReadAheadReader(revocationSource, revoke, properties.concurrency(), properties.effectiveReadAhead(),
				properties.effectiveChunkSize(), stopOnSignal::stopRequested, stepExecution);
	}

	@Bean
	@StepScope
	DuplicateMarkingReader revocationSource(OutcomeRepository outcomes, PlatformTransactionManager transactionManager,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance) {
		ItemStreamReader<RevocationRequest> source = inputFile != null ? new CsvRevocationReader(Path.of(inputFile))
				: new FailedRowsReader(outcomes, transactionManager, rerunInstance);
		return new DuplicateMarkingReader(source, outcomes, stepExecution.getJobExecution().getJobInstanceId());
	}

	@Bean
	@StepScope
	OutcomeWriter outcomeWriter(OutcomeRepository outcomes, @Value("#{stepExecution}") StepExecution stepExecution,
			RevokeProperties properties, RunProgress runProgress) {
		return new OutcomeWriter(outcomes, stepExecution, properties.skipLimit(), runProgress);
	}

}
