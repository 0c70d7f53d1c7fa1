package com.example.seamrevoke.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.example.seamrevoke.audit.AuditPage;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Exports the report, and the audit page beside it, after every execution, whether the
 * revoke step completed, failed or was stopped. (A report step would not run after a
 * STOPPED step: the flow is interrupted.)
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
		Path report = reportPath(jobExecution);
		try {
			reportWriter.write(jobExecution.getJobInstanceId(), report);
			jobExecution.getExecutionContext().putString(ExecutionContextKeys.REPORT_WRITTEN, report.toString());
			auditPage.write(jobExecution, report);
		}
		catch (UncheckedIOException e) {
			jobExecution.upgradeStatus(BatchStatus.FAILED);
			jobExecution.setExitStatus(ExitStatus.FAILED.addExitDescription(e.getMessage()));
		}
	}

	/**
	 * {@code --report}, or {@code reports/<input name>-<instance id>.report.csv}: stable
	 * across restarts of one instance.
	 */
	private Path reportPath(JobExecution jobExecution) {
		var parameters = jobExecution.getJobParameters();
		String explicit = parameters.getString(JobParameterNames.REPORT_FILE);
		if (explicit != null) {
			return Path.of(explicit);
		}
		String input = parameters.getString(JobParameterNames.INPUT_FILE);
		String base = input != null ? Path.of(input).getFileName().toString().replaceFirst("\\.[^.]*$", "")
				: parameters.getString(JobParameterNames.MODE);
		return Path.of(properties.reportDirectory(), base + "-" + jobExecution.getJobInstanceId() + ".report.csv");
	}

}
