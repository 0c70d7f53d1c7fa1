package com.example.seamrevoke.job.expand;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.job.source.ReaderStream;
import com.example.seamrevoke.job.source.RequestSources;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.support.OutcomeWriter;
import com.example.seamrevoke.job.support.RunMode;
import com.example.seamrevoke.job.support.StepSupportConfiguration;
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
 * The expand step (docs/formats.md, "People files"): a people file's persons become one
 * PENDING row per thing they can open, calling Seam on {@code revoke.concurrency}
 * workers. A pair file has nothing to expand: the job does not run this step
 * ({@link ExpansionDecider}).
 */
@Configuration(proxyBeanMethods = false)
class ExpandStepConfiguration {

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
			.taskExecutor(StepSupportConfiguration.workers("expand-", properties))
			.listener(stopOnSignal)
			.build();
	}

	@Bean
	@StepScope
	ReaderStream<RevocationRequest> expansionReader(OutcomeRepository outcomes,
			PlatformTransactionManager transactionManager, @Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobParameters['" + JobParameterNames.INPUT_FILE + "']}") @Nullable String inputFile,
			@Value("#{jobParameters['" + JobParameterNames.RERUN_INSTANCE + "']}") @Nullable Long rerunInstance) {
		return new RequestSources(outcomes, transactionManager, stepExecution, inputFile, rerunInstance).toExpand();
	}

	@Bean
	ExpansionDecider expansionDecider(OutcomeRepository outcomes) {
		return new ExpansionDecider(outcomes);
	}

	@Bean
	@StepScope
	ExpandProcessor expandProcessor(SeamClient seamClient,
			@Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode) {
		return new ExpandProcessor(seamClient, RunMode.parse(mode).dryRun(), Clock.systemUTC());
	}

}
