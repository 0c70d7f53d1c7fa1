package com.example.seamrevoke.job.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.job.support.RunMode;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Which job instance a run belongs to: the input's SHA-256 and the {@link RunMode}. The
 * same file again finds the same instance (done, or to resume); {@code --force} makes a
 * new one.
 */
final class RunIdentity {

	private RunIdentity() {
	}

	static JobParameters forInput(RunRequest request, Path input) {
		return common(request, new RunMode(request.dryRun(), request.preview(), null))
			.addString(JobParameterNames.INPUT_SHA256, sha256(input), true)
			.addString(JobParameterNames.INPUT_FILE, input.toAbsolutePath().normalize().toString(), false)
			.toJobParameters();
	}

	static JobParameters forRerun(RunRequest request, long sourceExecutionId, long sourceInstanceId) {
		return common(request, new RunMode(request.dryRun(), false, sourceExecutionId))
			.addString(JobParameterNames.INPUT_SHA256, "instance-" + sourceInstanceId, true)
			.addLong(JobParameterNames.RERUN_INSTANCE, sourceInstanceId, false)
			.toJobParameters();
	}

	private static JobParametersBuilder common(RunRequest request, RunMode mode) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(JobParameterNames.MODE, mode.toString(),
				true);
		if (request.force() || request.preview()) {
			// a preview is never "already processed": each is a new instance
			parameters.addString(JobParameterNames.FORCE, Instant.now().toString(), true);
		}
		if (request.offboarding().clientSessions()) {
			parameters.addString(JobParameterNames.CLIENT_SESSIONS, "true", false);
		}
		if (request.verify() != null) {
			parameters.addString(JobParameterNames.VERIFY, request.verify().toString(), false);
		}
		if (request.report() != null) {
			parameters.addString(JobParameterNames.REPORT_FILE, request.report().toAbsolutePath().toString(), false);
		}
		return parameters;
	}

	static String sha256(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new InputFileException(file, 0, "cannot be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JVM has no SHA-256", ex);
		}
	}

}
