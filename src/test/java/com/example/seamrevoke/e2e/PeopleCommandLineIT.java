package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.SeamStubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People files through the real command: the sandbox's sample HR export against its
 * golden report, exit codes of verification, a run stopped between expansion and revoke
 * resumed by the same command, and the audit query of docs/operations.md on the H2 file.
 */
class PeopleCommandLineIT {

	private static final String GET = "/user_identities/get";

	private static final String DEVICES = "/user_identities/list_accessible_devices";

	private static final String ENTRANCES = "/user_identities/list_accessible_entrances";

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String AVERY = "11111111-0000-4000-8000-000000000001";

	private static final String DEVICE_A = "aaaaaaaa-0000-4000-8000-00000000000a";

	private static final String DEVICE_B = "bbbbbbbb-0000-4000-8000-00000000000b";

	private static final Path SAMPLE = Path.of("sample-data/leavers.csv");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@BeforeEach
	void noOtherRoads() {
		SeamStubs.noGrantsNorAcsUsers(seam);
	}

	@Test
	void sandboxRunOnTheSampleHrExportShouldOffboardEveryRoadMatchTheGoldenReportAndExit3() throws Exception {
		Path report = directory.resolve("leavers.report.csv");

		CommandRun.Result result = run("--input=" + SAMPLE, "--sandbox", "--report=" + report);

		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(result.out()).contains("22 rows (REVOKED 17, FAILED 1, NOTHING_TO_REVOKE 1, ALREADY_GONE 3)",
				"People: 11 in the input: 9 fully offboarded, 1 with access remaining, 1 unknown, 0 not verified",
				"line 7 emp-9999: unknown to Seam (user_identity_not_found)",
				"line 12 emp-1010 (5eed0000-0000-4000-a000-000000001010): access-control user 'Badge 1010'"
						+ " STILL_ACCESSIBLE; access-control entrances 1: Annex side door",
				"Verification: VERIFIED 20, STILL_ACCESSIBLE 1");
		assertThat(normalised(report))
			.isEqualTo(Files.readString(Path.of("src/test/resources/golden/leavers.report.csv")));
	}

	@Test
	void everyDeviceVerifiedGoneShouldExit0() throws IOException {
		stubAvery(DEVICE_A);
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		CommandRun.Result result = run(withSeam("--input=" + people("emp-1001")));

		assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.OK);
		assertThat(result.out()).contains("People: 1 in the input: 1 fully offboarded", "Verification: VERIFIED 1");
	}

	@Test
	void aDeviceStillAccessibleAfterItsRevokeShouldExit3() throws IOException {
		stubAvery(DEVICE_A);
		seam.stubFor(post(DEVICES).inScenario("avery")
			.whenScenarioStateIs("listed")
			.willReturn(okJson("{\"devices\":[{\"device_id\":\"" + DEVICE_A + "\"}],\"ok\":true}")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		CommandRun.Result result = run(withSeam("--input=" + people("emp-1001")));

		assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(result.out()).contains("REVOKED 1", "Verification: STILL_ACCESSIBLE 1");
	}

	@Test
	void aPairFileShouldBeVerifiedOnlyWithVerifyAndThenExit3ForADeviceStillListed() throws IOException {
		seam.stubFor(
				post(DEVICES).willReturn(okJson("{\"devices\":[{\"device_id\":\"" + DEVICE_A + "\"}],\"ok\":true}")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		Path pairs = Files.writeString(directory.resolve("pairs.csv"),
				"user_identity_id,device_id\n" + AVERY + "," + DEVICE_A + "\n");

		CommandRun.Result plain = run(withSeam("--input=" + pairs));

		assertThat(plain.exitCode()).as(plain.out()).isEqualTo(ExitCode.OK);
		assertThat(plain.out()).contains("REVOKED 1").doesNotContain("Verification", "People");
		seam.verify(0, postRequestedFor(urlEqualTo(DEVICES)));

		CommandRun.Result verified = run(withSeam("--input=" + pairs, "--verify", "--force"));

		assertThat(verified.exitCode()).as(verified.out()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(verified.out()).contains("REVOKED 1", "Verification: STILL_ACCESSIBLE 1");
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
	}

	@Test
	void runStoppedAfterTheExpansionShouldBeResumedByTheSameCommandWithoutExpandingAgain() throws Exception {
		// given: the expansion finds A and B; Seam refuses the key on the first revoke
		stubAvery(DEVICE_A, DEVICE_B);
		seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"}}")));
		Path report = directory.resolve("r.csv");
		String[] command = withSeam("--input=" + people("emp-1001"), "--report=" + report);

		CommandRun.Result stopped = run(command);

		assertThat(stopped.exitCode()).isEqualTo(ExitCode.STOPPED);
		assertThat(stopped.out()).contains("Stopped: Seam refused the request with HTTP 401");
		assertThat(Files.readAllLines(report)).hasSize(3)
			.allMatch(l -> l.startsWith("line") || l.contains(",PENDING,"));

		// when: the key is fixed, Seam would now list a third device, and the same
		// command runs
		seam.resetAll();
		SeamStubs.noGrantsNorAcsUsers(seam);
		stubAvery("cccccccc-0000-4000-8000-00000000000c");
		seam.stubFor(post(DEVICES).atPriority(1)
			.willReturn(
					okJson("{\"devices\":[{\"device_id\":\"cccccccc-0000-4000-8000-00000000000c\"}],\"ok\":true}")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		CommandRun.Result resumed = run(command);

		// then: exactly the recorded A and B revoked; the listings are the verification's
		assertThat(resumed.exitCode()).as(resumed.out()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(resumed.out()).contains("Resuming execution", "REVOKED 2");
		seam.verify(0, postRequestedFor(urlEqualTo(GET)));
		seam.verify(0, postRequestedFor(urlEqualTo(SeamStubs.ACCESS_GRANTS)));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing("cccccccc")));
		// the device Seam lists now was never in the expansion: its own row, no proof
		assertThat(resumed.out()).contains("REVOKED 2, FOUND_AFTER_EXPANSION 1", "1 with access remaining",
				"cccccccc-0000-4000-8000-00000000000c STILL_ACCESSIBLE");
	}

	@Test
	void auditQueryFromTheReadmeShouldListOnlyTheRowsWithoutProof() throws Exception {
		CommandRun.Result result = run("--input=" + SAMPLE, "--sandbox", "--report=" + directory.resolve("r.csv"));
		assertThat(result.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);

		List<String> rows = new ArrayList<>();
		try (Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + database(), "sa", "");
				var query = db.prepareStatement(documentedAuditQuery())) {
			query.setLong(1, 1);
			try (var rs = query.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getLong("line") + " " + rs.getString("user_identity_key") + " "
							+ rs.getString("outcome") + " " + rs.getString("verification"));
				}
			}
		}

		assertThat(rows).containsExactly("7 emp-9999 FAILED null", "12 emp-1010 REVOKED STILL_ACCESSIBLE");
	}

	/** The SQL block of docs/operations.md, "Offboarding a person, with proof". */
	private static String documentedAuditQuery() throws IOException {
		String operations = Files.readString(Path.of("docs/operations.md"));
		int start = operations.indexOf("```sql", operations.indexOf("## Offboarding a person, with proof"));
		return operations.substring(start + 6, operations.indexOf("```", start + 6)).strip().replaceFirst(";$", "");
	}

	private void stubAvery(String... devices) {
		seam.stubFor(post(GET).willReturn(okJson("{\"user_identity\":{\"user_identity_id\":\"" + AVERY
				+ "\",\"user_identity_key\":\"emp-1001\",\"display_name\":\"Avery\"},\"ok\":true}")));
		String listed = java.util.Arrays.stream(devices)
			.map(id -> "{\"device_id\":\"" + id + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
		seam.stubFor(post(DEVICES).inScenario("avery")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(okJson("{\"devices\":" + listed + ",\"ok\":true}"))
			.willSetStateTo("listed"));
		seam.stubFor(post(DEVICES).inScenario("avery")
			.whenScenarioStateIs("listed")
			.atPriority(10)
			.willReturn(okJson("{\"devices\":[],\"ok\":true}")));
		seam.stubFor(post(ENTRANCES).willReturn(okJson("{\"acs_entrances\":[],\"ok\":true}")));
	}

	private Path people(String... keys) throws IOException {
		return Files.writeString(directory.resolve("leavers.csv"),
				"User Identity Key\n" + String.join("\n", keys) + "\n");
	}

	private String[] withSeam(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--revoke.seam.api-key=k");
		all.add("--revoke.seam.endpoint=" + seam.baseUrl());
		if (all.stream().noneMatch(arg -> arg.startsWith("--report="))) {
			all.add("--report=" + directory.resolve("report.csv"));
		}
		return all.toArray(String[]::new);
	}

	private Path database() {
		return directory.resolve("db/revocations").toAbsolutePath();
	}

	private CommandRun.Result run(String... args) {
		return CommandRun.in(directory).run(args);
	}

	/** Request ids and timestamps become '*' so the rest compares exactly. */
	private static String normalised(Path report) throws IOException {
		return Files.readAllLines(report).stream().map(line -> {
			String[] cells = line.split(",", -1);
			if (!cells[0].equals("line")) {
				cells[8] = cells[8].isEmpty() ? "" : "*";
				cells[9] = "*";
				for (int time : new int[] { 13, 17, 18 }) {
					cells[time] = cells[time].isEmpty() ? "" : "*";
				}
			}
			return String.join(",", cells);
		}).collect(Collectors.joining("\n", "", "\n"));
	}

}
