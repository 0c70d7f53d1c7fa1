package com.example.seamrevoke.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.example.seamrevoke.audit.AuditPage;
import com.example.seamrevoke.audit.PageDraft;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.ReportPaths;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Exports the report, and the audit page beside it from the same read of the table, after
 * every execution, whether the revoke step completed, failed or was stopped. (A report
 * step would not run after a STOPPED step: the flow is interrupted.)
 */
class ReportExportListener implements JobExecutionListener {

	private final ReportWriter reportWriter;

	private final RevokeProperties properties;

	private final AuditPage auditPage;

	ReportExportListener(ReportWriter reportWriter, RevokeProperties properties, AuditPage auditPage) {
		this.reportWriter = reportWriter;
		this.properties = properties;
		this.auditPage = auditPage;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Path report = ReportPaths.of(jobExecution, properties.reportDirectory());
		try {
			PageDraft page = auditPage.draft(jobExecution);
			reportWriter.write(jobExecution.getJobInstanceId(), report, page);
			jobExecution.getExecutionContext().putString(ExecutionContextKeys.REPORT_WRITTEN, report.toString());
			auditPage.write(jobExecution, report, page);
		}
		catch (UncheckedIOException e) {
			jobExecution.upgradeStatus(BatchStatus.FAILED);
			// every outcome is in the table (docs/crash-safety.md, "When the database or
			// the report fails")
			jobExecution.setExitStatus(ExitStatus.FAILED.addExitDescription(e.getMessage()
					+ "; every outcome is kept: write it later with --write-report=" + jobExecution.getId()));
		}
	}

}
