package com.example.seamrevoke.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.example.seamrevoke.CommandLine;
import com.example.seamrevoke.UsageException;
import com.example.seamrevoke.input.CsvLayoutDetector;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Which job instance a command belongs to: the input's SHA-256 and the mode. The same
 * file again finds the same instance (done, or to resume); {@code --force} makes a new
 * one.
 */
final class RunIdentity {

	private RunIdentity() {
	}

	static JobParameters forInput(CommandLine command) {
		Path input = command.input();
		if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
			throw new UsageException(input + ": no such readable file");
		}
		CsvLayoutDetector.detect(input);
		JobParametersBuilder parameters = common(command, command.dryRun() ? "dry-run" : "revoke")
			.addString(JobParameterNames.INPUT_SHA256, sha256(input), true)
			.addString(JobParameterNames.INPUT_FILE, input.toAbsolutePath().normalize().toString(), false);
		return parameters.toJobParameters();
	}

	static JobParameters forRerun(CommandLine command, long sourceInstanceId) {
		String mode = (command.dryRun() ? "dry-run-" : "") + "rerun-of-execution-" + command.rerunFailed();
		return common(command, mode).addString(JobParameterNames.INPUT_SHA256, "instance-" + sourceInstanceId, true)
			.addLong(JobParameterNames.RERUN_INSTANCE, sourceInstanceId, false)
			.toJobParameters();
	}

	private static JobParametersBuilder common(CommandLine command, String mode) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(JobParameterNames.MODE, mode, true);
		if (command.force()) {
			parameters.addString(JobParameterNames.FORCE, Instant.now().toString(), true);
		}
		if (command.report() != null) {
			parameters.addString(JobParameterNames.REPORT_FILE, command.report().toAbsolutePath().toString(), false);
		}
		return parameters;
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UsageException(file + ": cannot be read: " + e.getMessage());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
	}

}
