package com.example.seamrevoke.job.support;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Where an execution's report goes: {@code --report}, or
 * {@code <report directory>/<input name>-<instance id>.report.csv}, stable across
 * restarts of one instance and when it is written again later.
 */
public final class ReportPaths {

	private ReportPaths() {
	}

	public static Path of(JobExecution execution, String reportDirectory) {
		JobParameters parameters = execution.getJobParameters();
		String explicit = parameters.getString(JobParameterNames.REPORT_FILE);
		if (explicit != null) {
			return Path.of(explicit);
		}
		String input = parameters.getString(JobParameterNames.INPUT_FILE);
		String base = input != null ? Path.of(input).getFileName().toString().replaceFirst("\\.[^.]*$", "")
				: parameters.getString(JobParameterNames.MODE);
		return Path.of(reportDirectory, base + "-" + execution.getJobInstanceId() + ".report.csv");
	}

}
