package com.example.seamrevoke.job.launch;

import java.io.PrintStream;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.support.ReportPaths;
import com.example.seamrevoke.outcome.ReportWriter;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code --write-report=EXECUTION_ID}: the report of that execution's job instance,
 * exported again from the outcome table, where the run would have written it; nothing is
 * sent (docs/crash-safety.md, "When the database or the report fails").
 */
@Component
public class ReportRewrite {

	private final JobRepository jobRepository;

	private final ReportWriter reportWriter;

	private final RevokeProperties properties;

	ReportRewrite(JobRepository jobRepository, ReportWriter reportWriter, RevokeProperties properties) {
		this.jobRepository = jobRepository;
		this.reportWriter = reportWriter;
		this.properties = properties;
	}

	/**
	 * Writes it to {@code report}, or the run's own report path.
	 * @throws RunRefusedException for an execution id the repository does not know
	 * @throws java.io.UncheckedIOException when the report cannot be written
	 */
	public Path write(long executionId, @Nullable Path report, PrintStream out) {
		JobExecution execution = find(executionId);
		Path target = (report != null) ? report : ReportPaths.of(execution, properties.reportDirectory());
		reportWriter.write(execution.getJobInstanceId(), target);
		out.println("Report of execution " + executionId + " written from the outcome table to " + target
				+ "; nothing sent.");
		return target;
	}

	private JobExecution find(long executionId) {
		try {
			JobExecution execution = jobRepository.getJobExecution(executionId);
			if (execution != null) {
				return execution;
			}
		}
		catch (EmptyResultDataAccessException unknown) {
			// reported below
		}
		throw new RunRefusedException("--write-report=" + executionId + ": no such job execution");
	}

}
