package com.example.seamrevoke.job.support;

import com.example.seamrevoke.job.progress.OperatorConsole;
import com.example.seamrevoke.job.progress.RunProgress;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The step-scoped parts the expand and revoke steps share. */
@Configuration(proxyBeanMethods = false)
public class StepSupportConfiguration {

	/**
	 * The command hands over its console and process exit before Spring starts; a test's
	 * context gets the process's streams and the real halt.
	 */
	@Bean
	@ConditionalOnMissingBean
	OperatorConsole operatorConsole() {
		return OperatorConsole.plain(System.out, System.err);
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessExit processExit(OperatorConsole console) {
		return ProcessExit.halting(console);
	}

	@Bean
	@StepScope
	OutcomeWriter outcomeWriter(OutcomeRepository outcomes, @Value("#{stepExecution}") StepExecution stepExecution,
			RevokeProperties properties, RunProgress runProgress) {
		return new OutcomeWriter(outcomes, stepExecution, properties.skipLimit(), runProgress);
	}

	/** A step's workers: at most {@code revoke.concurrency} items processed at once. */
	public static SimpleAsyncTaskExecutor workers(String prefix, RevokeProperties properties) {
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor(prefix);
		workers.setConcurrencyLimit(properties.concurrency());
		return workers;
	}

}
