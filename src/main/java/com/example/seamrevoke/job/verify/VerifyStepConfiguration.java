package com.example.seamrevoke.job.verify;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.source.KeysetPageReader;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.support.StepSupportConfiguration;
import com.example.seamrevoke.job.support.StopOnSignal;
import com.example.seamrevoke.outcome.OutcomeRepository;
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
import org.springframework.retry.backoff.ThreadWaitSleeper;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The verify step: each user identity's devices listed again after its revokes
 * ({@link VerifyScope}), on {@code revoke.concurrency} workers.
 */
@Configuration(proxyBeanMethods = false)
class VerifyStepConfiguration {

	@Bean
	Step verifyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			KeysetPageReader<IdentityToVerify, String> identitiesToVerify, VerifyProcessor verifyProcessor,
			VerificationWriter verificationWriter, StopOnSignal stopOnSignal, RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<IdentityToVerify, IdentityVerification>(VerificationDecider.STEP_NAME,
				jobRepository, properties.effectiveChunkSize())
			.reader(identitiesToVerify)
			.processor(verifyProcessor)
			.writer(verificationWriter)
			.transactionManager(transactionManager)
			.taskExecutor(StepSupportConfiguration.workers("verify-", properties))
			.listener(stopOnSignal)
			.build();
	}

	@Bean
	VerificationDecider verificationDecider(OutcomeRepository outcomes) {
		return new VerificationDecider(outcomes);
	}

	@Bean
	@StepScope
	KeysetPageReader<IdentityToVerify, String> identitiesToVerify(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.VERIFY + "']}") @Nullable String verify) {
		return IdentitiesToVerify.reader(outcomes, transactionManager,
				stepExecution.getJobExecution().getJobInstanceId(), VerifyScope.of(verify));
	}

	@Bean
	VerifyProcessor verifyProcessor(SeamClient seamClient, RevokeProperties properties, StopOnSignal stopOnSignal) {
		PersonVerification people = new PersonVerification(seamClient, properties.verify(), Clock.systemUTC(),
				new ThreadWaitSleeper(), stopOnSignal::stopRequested);
		return new VerifyProcessor(seamClient, people, Clock.systemUTC());
	}

	@Bean
	@StepScope
	VerificationWriter verificationWriter(OutcomeRepository outcomes,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new VerificationWriter(outcomes, stepExecution);
	}

}
