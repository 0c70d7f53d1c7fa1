package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.CommandRun.Result;

import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file URL that would let a crash lose commits is refused before anything is read
 * or sent, naming the setting (docs/crash-safety.md, "Durable commits on H2"); one
 * without the setting runs (CrashSafetyIT and FaultCampaignIT kill the jar on such a
 * URL).
 */
class DurableH2UrlIT {

	@TempDir
	Path directory;

	@Test
	void runOnAFileUrlWithAWriteDelayShouldBeRefusedWithExit2NamingIt() throws Exception {
		Path input = Files.writeString(directory.resolve("nightly.csv"),
				"user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");
		String url = "jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath() + ";WRITE_DELAY=500";

		Result result = CommandRun.in(directory).run("--input=" + input, "--dry-run", "--spring.datasource.url=" + url);

		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("error: spring.datasource.url sets WRITE_DELAY=500").doesNotContain("\tat ");
		assertThat(directory.resolve("db/revocations.mv.db")).doesNotExist();
	}

	@Test
	void runOnAFileUrlWithoutAWriteDelayShouldRun() throws Exception {
		Path input = Files.writeString(directory.resolve("nightly.csv"),
				"user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");
		String url = "jdbc:h2:" + directory.resolve("db/revocations").toAbsolutePath();

		Result result = CommandRun.in(directory).run("--input=" + input, "--dry-run", "--spring.datasource.url=" + url);

		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.OK);
		assertThat(result.out()).contains("DRY_RUN 1");
	}

}
