package com.example.seamrevoke.job.revoke;

import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.job.progress.ProgressStartListener;
import com.example.seamrevoke.job.progress.RunProgress;
import com.example.seamrevoke.job.source.ReaderStream;
import com.example.seamrevoke.job.source.RequestSources;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.support.OutcomeWriter;
import com.example.seamrevoke.job.support.RunMode;
import com.example.seamrevoke.job.support.StopOnSignal;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The two removal steps (docs/offboarding.md, "Order of removal"): removeGrantsStep
 * deletes the access grants an expansion recorded, then revokeStep removes the rest (or a
 * pair file's rows as they are read), so no device revoke starts before every grant is
 * gone. {@link RevokeCallStartingReader} starts the calls on {@code revoke.concurrency}
 * workers, up to {@code revoke.read-ahead} rows ahead of the chunk, and
 * {@link RevokeCallAwaitingProcessor} waits for each in order.
 */
@Configuration(proxyBeanMethods = false)
class RevokeStepConfiguration {

	@Bean
	Step revokeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RevokeCallStartingReader revocationReader, OutcomeWriter outcomeWriter, StopOnSignal stopOnSignal,
			RunProgress runProgress, OutcomeRepository outcomes, RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<InFlightRevocation, RevocationOutcome>("revokeStep", jobRepository,
				properties.effectiveChunkSize())
			.reader(revocationReader)
			.processor(new RevokeCallAwaitingProcessor())
			.writer(outcomeWriter)
			.transactionManager(transactionManager)
			.listener(stopOnSignal)
			.listener(new ProgressStartListener(runProgress, outcomes))
			.build();
	}

	@Bean
	Step removeGrantsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RevokeCallStartingReader grantRemovalReader, OutcomeWriter outcomeWriter, StopOnSignal stopOnSignal,
			RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<InFlightRevocation, RevocationOutcome>("removeGrantsStep", jobRepository,
				properties.effectiveChunkSize())
			.reader(grantRemovalReader)
			.processor(new RevokeCallAwaitingProcessor())
			.writer(outcomeWriter)
			.transactionManager(transactionManager)
			.listener(stopOnSignal)
			.build();
	}

	@Bean
	@StepScope
	RevokeCallStartingReader grantRemovalReader(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, SeamClient seamClient, StopOnSignal stopOnSignal,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode, RevokeProperties properties) {
		ReaderStream<RevocationRequest> grants = new RequestSources(outcomes, transactionManager, stepExecution,
				inputFile, rerunInstance)
			.grantsToRemove();
		SeamRevoker revoker = new SeamRevoker(seamClient, RunMode.parse(mode).dryRun(),
				new GrantedDevices(seamClient, Set.of()), Clock.systemUTC());
		return new RevokeCallStartingReader(grants, revoker, properties.concurrency(), properties.effectiveReadAhead(),
				properties.effectiveChunkSize(), stopOnSignal::stopRequested, stepExecution);
	}

	@Bean
	@StepScope
	ReaderStream<RevocationRequest> revocationSource(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance) {
		return new RequestSources(outcomes, transactionManager, stepExecution, inputFile, rerunInstance).toRevoke();
	}

	@Bean
	@StepScope
	RevokeCallStartingReader revocationReader(ReaderStream<RevocationRequest> revocationSource, SeamClient seamClient,
			OutcomeRepository outcomes, StopOnSignal stopOnSignal,
			@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode, RevokeProperties properties) {
		// a plain object, not a step-scoped bean: the workers run outside the step scope
		GrantedDevices grantedDevices = new GrantedDevices(seamClient,
				outcomes.linesWithAccessGrants(stepExecution.getJobExecution().getJobInstanceId()));
		SeamRevoker revoker = new SeamRevoker(seamClient, RunMode.parse(mode).dryRun(), grantedDevices,
				Clock.systemUTC());
		return new RevokeCallStartingReader(revocationSource, revoker, properties.concurrency(),
				properties.effectiveReadAhead(), properties.effectiveChunkSize(), stopOnSignal::stopRequested,
				stepExecution);
	}

}
