package com.example.seamrevoke.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offboarding through the real command and the sandbox (docs/offboarding.md): the guard
 * against the wrong file, a preview that removes nothing, client sessions on request, and
 * the people in the JSON summary.
 */
class OffboardingCommandLineIT {

	private static final Path SAMPLE = Path.of("sample-data/leavers.csv");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@Test
	void aFileNamingMorePeopleThanTheLimitShouldBeRefusedUntilItsExactCountIsConfirmed() throws IOException {
		Path leavers = leavers("leavers.csv", "emp-1001", "emp-1002", "emp-1003");

		CommandRun.Result refused = run("--input=" + leavers, "--sandbox", "--revoke.max-people=2");
		CommandRun.Result wrongCount = run("--input=" + leavers, "--sandbox", "--revoke.max-people=2",
				"--confirm-people=2");
		CommandRun.Result confirmed = run("--input=" + leavers, "--sandbox", "--revoke.max-people=2",
				"--confirm-people=3");

		assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(refused.out() + refused.err())
			.contains("leavers.csv names 3 people, more than revoke.max-people=2; nothing was sent",
					"run it again with --confirm-people=3")
			.doesNotContain("Sandbox:", "Exception");
		assertThat(wrongCount.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(wrongCount.out() + wrongCount.err()).contains("--confirm-people=2 does not match");
		assertThat(confirmed.exitCode()).as(confirmed.out()).isEqualTo(ExitCode.OK);
		assertThat(confirmed.out()).contains("People: 3 in the input: 3 fully offboarded");
	}

	@Test
	void aPreviewShouldListEverythingAsPlannedAndRemoveNothing() throws IOException {
		Path summary = directory.resolve("preview.json");

		CommandRun.Result preview = run("--input=" + SAMPLE, "--sandbox", "--preview", "--revoke.max-people=1",
				"--summary-json=" + summary, "--report=" + directory.resolve("preview.csv"));

		assertThat(preview.exitCode()).as(preview.out()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(preview.out()).contains("PLANNED",
				"Planned (preview, nothing removed): ACCESS_GRANT 4," + " ACS_USER 4, DEVICE 12",
				"Preview: nothing was removed");
		assertThat(Files.readAllLines(directory.resolve("preview.csv")))
			.noneMatch(line -> line.contains(",REVOKED,") || line.contains(",PENDING,"));
		JsonNode people = JSON.readTree(summary.toFile()).path("runs").get(0).path("people");
		assertThat(people.path("plannedByKind").path("ACCESS_GRANT").asLong()).isEqualTo(4);
		assertThat(people.path("removedByKind").path("ACCESS_GRANT").asLong()).isZero();

		// then: the same file for real finds every road still there (preview removed
		// nothing of it)
		CommandRun.Result real = run("--input=" + SAMPLE, "--sandbox", "--revoke.max-people=20",
				"--report=" + directory.resolve("real.csv"));

		assertThat(real.out()).contains("22 rows (REVOKED 17, FAILED 1, NOTHING_TO_REVOKE 1, ALREADY_GONE 3)");
	}

	@Test
	void theJsonSummaryShouldCountPeopleByHowTheyEndedAndWhatWasRemovedPerKind() throws IOException {
		Path summary = directory.resolve("summary.json");

		CommandRun.Result result = run("--input=" + SAMPLE, "--sandbox", "--summary-json=" + summary);

		assertThat(result.exitCode()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		JsonNode people = JSON.readTree(summary.toFile()).path("runs").get(0).path("people");
		assertThat(people.path("inInput").asInt()).isEqualTo(11);
		assertThat(people.path("offboardedAndVerified").asInt()).isEqualTo(9);
		assertThat(people.path("accessRemaining").asInt()).isEqualTo(1);
		assertThat(people.path("unknown").asInt()).isEqualTo(1);
		assertThat(people.path("notVerified").asInt()).isZero();
		assertThat(JSON.convertValue(people.path("removedByKind"), Map.class))
			.isEqualTo(Map.of("ACCESS_GRANT", 4, "ACS_USER", 4, "DEVICE", 12, "CLIENT_SESSION", 0));
		// the late access system took a few seconds to apply its revocation
		assertThat(people.path("slowestSettleSeconds").asDouble()).isPositive();
		assertThat(result.out()).contains("Removed: ACCESS_GRANT 4, ACS_USER 4, DEVICE 12",
				"Settled (last removal to proof): line 2 ", "line 11 ", "; the slowest person in ");
		// emp-1010 (line 12) never settled: its access system never applied the removal
		assertThat(result.out()).doesNotContainPattern("slowest person in [0-9.]+ s \\(line 12\\)");
	}

	@Test
	void theTerminationToRemovalQueryOfTheDocsShouldAnswerPerPerson() throws Exception {
		run("--input=" + SAMPLE, "--sandbox");

		List<String> people = new java.util.ArrayList<>();
		try (Connection db = DriverManager
			.getConnection("jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath(), "sa", "");
				PreparedStatement query = db.prepareStatement(docsQuery())) {
			query.setLong(1, 1);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					boolean confirmedAfterRequested = rs.getTimestamp(4) != null
							&& !rs.getTimestamp(4).before(rs.getTimestamp(3));
					people.add(rs.getString(2) + " " + (rs.getTimestamp(3) != null) + " " + confirmedAfterRequested
							+ " " + rs.getInt(5));
				}
			}
		}

		// key, a removal requested, confirmed after it, rows without proof
		assertThat(people).contains("emp-1004 true true 0", "emp-1009 true true 0", "emp-1010 true false 1",
				"emp-9999 false false 1", "emp-1003 false false 0");
	}

	/** The SQL block of docs/offboarding.md, "Report and table columns". */
	private static String docsQuery() throws IOException {
		String docs = Files.readString(Path.of("docs/offboarding.md"));
		int start = docs.indexOf("```sql");
		return docs.substring(start + 6, docs.indexOf("```", start + 6)).strip().replaceFirst(";$", "");
	}

	@Test
	void clientSessionsShouldBeEndedOnlyWhenAskedFor() throws IOException {
		Path finley = leavers("finley.csv", "emp-1006");

		CommandRun.Result without = run("--input=" + finley, "--sandbox", "--report=" + directory.resolve("a.csv"));
		CommandRun.Result with = run("--input=" + leavers("two.csv", "emp-1006", "emp-1001"), "--sandbox",
				"--client-sessions", "--report=" + directory.resolve("b.csv"));

		assertThat(without.exitCode()).as(without.out()).isEqualTo(ExitCode.OK);
		assertThat(Files.readString(directory.resolve("a.csv"))).doesNotContain("CLIENT_SESSION");
		assertThat(with.exitCode()).as(with.out()).isEqualTo(ExitCode.OK);
		List<String> sessions = Files.readAllLines(directory.resolve("b.csv"))
			.stream()
			.filter(line -> line.contains("CLIENT_SESSION"))
			.toList();
		assertThat(sessions).singleElement().asString().contains(",REVOKED,", ",VERIFIED,", "emp-1006");
	}

	private Path leavers(String file, String... keys) throws IOException {
		return Files.writeString(directory.resolve(file), "Employee Name,User Identity Key\n"
				+ String.join("\n", java.util.Arrays.stream(keys).map(key -> "Someone," + key).toList()) + "\n");
	}

	private CommandRun.Result run(String... args) {
		return CommandRun.in(directory).run(args);
	}

}
