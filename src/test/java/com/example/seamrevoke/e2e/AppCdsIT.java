package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.testsupport.JarProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md, "Faster start-up": {@code deploy/appcds.sh} builds a class archive
 * for the packaged jar, and a run started with it (and {@code -Xshare:on}, which refuses
 * to start rather than ignore an archive it cannot use) revokes as before.
 */
class AppCdsIT {

	@TempDir
	Path directory;

	@Test
	void archiveFromTheScriptIsUsedByTheNextRun() throws Exception {
		// given
		assertThat(JarProcess.JAR).as("these tests run after 'package' (./mvnw verify)").exists();
		Path archiveDirectory = directory.resolve("appcds");
		String script = script(directory, Path.of("deploy/appcds.sh").toAbsolutePath().toString(),
				JarProcess.JAR.toAbsolutePath().toString(), archiveDirectory.toString());
		Path input = Files.writeString(directory.resolve("offboarding.csv"),
				"user_identity_id,device_id\n6513270e-269e-4d37-b2a7-4de452e6b438,892f902b-d23f-4824-928b-2f330c5c7fd0\n");

		// when
		JarProcess run = JarProcess.loggingTo(directory.resolve("run.log"))
			.jar(archiveDirectory.resolve("seam-revoke-batch.jar"))
			.jvmOptions("-Xshare:on", "-XX:SharedArchiveFile=" + archiveDirectory.resolve("app.jsa"))
			.workingDirectory(directory)
			.arguments("--sandbox", "--input=" + input);
		int exitCode = run.runToEnd();
		String output = run.output();

		// then
		assertThat(exitCode).as(output).isZero();
		assertThat(script).contains("-XX:SharedArchiveFile=" + archiveDirectory.resolve("app.jsa"));
		assertThat(archiveDirectory.resolve("app.jsa")).isNotEmptyFile();
		assertThat(output).contains("Execution 1 COMPLETED: 1 rows (REVOKED 1)").doesNotContain("warning][cds");
	}

	/** The script, with the Java running the tests first on its PATH. */
	private static String script(Path workingDirectory, String... scriptAndArguments) throws Exception {
		Path log = Files.createTempFile(workingDirectory, "script-", ".log");
		List<String> command = new ArrayList<>(List.of("bash"));
		command.addAll(List.of(scriptAndArguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("SEAM_"));
		Path javaBin = Path.of(System.getProperty("java.home"), "bin");
		builder.environment().put("PATH", javaBin + ":" + builder.environment().getOrDefault("PATH", "/usr/bin:/bin"));
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("did not end in 3 minutes: " + String.join(" ", command));
		}
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
