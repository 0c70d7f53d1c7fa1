package com.example.seamrevoke.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.example.seamrevoke.job.support.JobParameterNames;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Inputs and job parameters for end-to-end job tests: real files, a fresh instance per
 * run.
 */
final class JobTestSupport {

	private JobTestSupport() {
	}

	static Path csv(Path directory, String... rows) throws IOException {
		Path file = Files.createTempFile(directory, "input-", ".csv");
		StringBuilder text = new StringBuilder("user_identity_id,device_id\n");
		for (String row : rows) {
			text.append(row).append('\n');
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	static JobParameters revoke(Path input, Path report) {
		return new JobParametersBuilder().addString(JobParameterNames.MODE, "revoke", true)
			.addString(JobParameterNames.INPUT_SHA256, UUID.randomUUID().toString(), true)
			.addString(JobParameterNames.INPUT_FILE, input.toString(), false)
			.addString(JobParameterNames.REPORT_FILE, report.toString(), false)
			.toJobParameters();
	}

}
