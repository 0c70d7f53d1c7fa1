package com.example.seamrevoke.job;

import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.seam.CallGuard;
import com.example.seamrevoke.seam.SeamCallCounts;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The revocation job: four chunk-oriented steps, expand, removeGrants, revoke and verify,
 * each configured in its own package; a listener exports the report however the job
 * ended. Each step is restartable, and a completed step is not run again on a restart.
 *
 * <p>
 * Retried: transient Seam answers (408, 409, 429, 5xx, timeouts, resets), inside the Seam
 * client, where every attempt is counted for the row. Skipped: nothing. A permanent
 * rejection is a FAILED outcome value, so each row is written exactly once and the
 * framework never repeats a call; {@code revoke.skip-limit} is enforced by the outcome
 * writer (docs/architecture.md, "Decisions").
 */
@Configuration(proxyBeanMethods = false)
class RevokeAccessJobConfiguration {

	@Bean
	Job revokeAccessJob(JobRepository jobRepository, Step expandStep, Step removeGrantsStep, Step revokeStep,
			Step verifyStep, ReportWriter reportWriter, CallGuard callGuard, SeamCallCounts callCounts,
			RevokeProperties properties) {
		return new JobBuilder(JobParameterNames.JOB_NAME, jobRepository).start(expandStep)
			.next(removeGrantsStep)
			.next(revokeStep)
			.next(verifyStep)
			.listener(new ResetCallGuardListener(callGuard, callCounts))
			.listener(new ReportExportListener(reportWriter, properties))
			.build();
	}

}
