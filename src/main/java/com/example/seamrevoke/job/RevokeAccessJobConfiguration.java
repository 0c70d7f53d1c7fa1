package com.example.seamrevoke.job;

import com.example.seamrevoke.audit.AuditPage;
import com.example.seamrevoke.job.expand.ExpansionDecider;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.verify.VerificationDecider;
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
 * The revocation job: three chunk-oriented steps, expand, revoke and verify, each
 * configured in its own package; a listener exports the report however the job ended.
 * Expand runs only when there are people to expand, verify only when a row is to be
 * verified: a pair file runs the revoke step alone. Each step is restartable, a completed
 * step is not run again on a restart, and a step that fails or stops ends the job so.
 *
 * <p>
 * Retried: transient Seam answers (408, 409, 429, 5xx, timeouts, resets), inside the Seam
 * client, where every attempt is counted for the row. Skipped: nothing. A permanent
 * rejection is a FAILED outcome value, so each row is written exactly once and the
 * framework never repeats a call; {@code revoke.skip-limit} is enforced by the outcome
 * writer (docs/architecture.md, "A FAILED row is a value, not a skip").
 */
@Configuration(proxyBeanMethods = false)
class RevokeAccessJobConfiguration {

	@Bean
	Job revokeAccessJob(JobRepository jobRepository, ExpansionDecider expansion, Step expandStep, Step revokeStep,
			VerificationDecider verification, Step verifyStep, ReportWriter reportWriter, CallGuard callGuard,
			SeamCallCounts callCounts, RevokeProperties properties, AuditPage auditPage) {
		return new JobBuilder(JobParameterNames.JOB_NAME, jobRepository).start(expansion)
			.on(ExpansionDecider.EXPAND)
			.to(expandStep)
			.next(revokeStep)
			.from(expansion)
			.on(ExpansionDecider.NOTHING_TO_EXPAND)
			.to(revokeStep)
			.from(revokeStep)
			.next(verification)
			.on(VerificationDecider.VERIFY)
			.to(verifyStep)
			.from(verification)
			.on(VerificationDecider.NOTHING_TO_VERIFY)
			.end()
			.end()
			.listener(new ResetCallGuardListener(callGuard, callCounts))
			.listener(new ReportExportListener(reportWriter, properties, auditPage))
			.build();
	}

}
