package com.example.seamrevoke.job.verify;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

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
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The verify step: each user identity's devices listed again after its revokes
 * ({@link VerifyScope}), on {@code revoke.concurrency} workers.
 */
@Configuration(proxyBeanMethods = false)
class VerifyStepConfiguration {

	@Bean
	Step verifyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ItemStreamReader<IdentityToVerify> identitiesToVerify, VerifyProcessor verifyProcessor,
			VerificationWriter verificationWriter, StopOnSignal stopOnSignal, RevokeProperties properties) {
		return new ChunkOrientedStepBuilder<IdentityToVerify, IdentityVerification>("verifyStep", jobRepository,
				properties.effectiveChunkSize())
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
	ItemStreamReader<IdentityToVerify> identitiesToVerify(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.VERIFY + "']}") @Nullable String verify) {
		return IdentitiesToVerify.reader(outcomes, transactionManager,
				stepExecution.getJobExecution().getJobInstanceId(), VerifyScope.of(verify));
	}

	@Bean
	VerifyProcessor verifyProcessor(SeamClient seamClient) {
		return new VerifyProcessor(seamClient, Clock.systemUTC());
	}

	@Bean
	@StepScope
	VerificationWriter verificationWriter(OutcomeRepository outcomes,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new VerificationWriter(outcomes, stepExecution);
	}

}
