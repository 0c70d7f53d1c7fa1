package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What the tool stores (the job repository, the report) is readable by its owner only:
 * the directories it creates are rwx------, the report rw-------.
 */
class PrivateFilesIT {

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@BeforeEach
	void posixOnly() {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
	}

	@Test
	void defaultDataAndReportDirectoriesShouldBeOwnerOnly() throws IOException {
		Path input = input();

		int exitCode = run("--input=" + input, "--revoke.report-directory=" + directory.resolve("reports"),
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("data/revocations") + ";WRITE_DELAY=0");

		assertThat(exitCode).isEqualTo(ExitCode.OK);
		assertThat(permissions(directory.resolve("data"))).isEqualTo("rwx------");
		assertThat(permissions(directory.resolve("reports"))).isEqualTo("rwx------");
		try (Stream<Path> reports = Files.list(directory.resolve("reports"))) {
			// the report and its audit page beside it, both owner-only
			assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(permissions(report)).isEqualTo("rw-------"));
		}
	}

	@Test
	void reportInNewDirectoriesShouldBeOwnerOnly() throws IOException {
		Path report = directory.resolve("hr/offboarding/report.csv");

		int exitCode = run("--input=" + input(), "--report=" + report,
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations"));

		assertThat(exitCode).isEqualTo(ExitCode.OK);
		assertThat(permissions(report)).isEqualTo("rw-------");
		assertThat(permissions(report.getParent())).isEqualTo("rwx------");
		assertThat(permissions(report.getParent().getParent())).isEqualTo("rwx------");
	}

	private Path input() throws IOException {
		return Files.writeString(directory.resolve("input.csv"), "user_identity_id,device_id\n"
				+ "6513270e-269e-4d37-b2a7-4de452e6b438,892f902b-d23f-4824-928b-2f330c5c7fd0\n");
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private int run(String... args) {
		return CommandRun.in(directory).against(seam).run(args).exitCode();
	}

}
