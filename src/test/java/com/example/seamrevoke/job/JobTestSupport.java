package com.example.seamrevoke.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Inputs and job parameters for end-to-end job tests: real files, a fresh instance per
 * run.
 */
final class JobTestSupport {

	static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";
	static final String DEVICE_A = "892f902b-d23f-4824-928b-2f330c5c7fd0";
	static final String DEVICE_B = "0ed90475-9531-485d-9d9d-c9f81818e811";
	static final String DEVICE_C = "099950d8-36f6-45cc-81e7-4ef5e8e25d94";

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

	static String device(int n) {
		return String.format("00000000-0000-4000-8000-%012d", n);
	}

	static JobParameters revoke(Path input, Path report) {
		return new JobParametersBuilder().addString(JobParameterNames.MODE, "revoke", true)
			.addString(JobParameterNames.INPUT_SHA256, UUID.randomUUID().toString(), true)
			.addString(JobParameterNames.INPUT_FILE, input.toString(), false)
			.addString(JobParameterNames.REPORT_FILE, report.toString(), false)
			.toJobParameters();
	}

}
