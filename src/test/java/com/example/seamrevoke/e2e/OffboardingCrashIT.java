package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;
import com.example.seamrevoke.testsupport.SeamStubs;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar in a child JVM, killed (kill -9) between two removals of one person
 * and resumed by the same command: the recorded set is finished, a removal Seam already
 * applied is ALREADY_GONE (not FAILED), nothing is expanded twice, and every thing is
 * removed at most twice.
 */
class OffboardingCrashIT {

	private static final String AVERY = "11111111-0000-4000-8000-000000000001";

	private static final String BADGE = "acacacac-0000-4000-8000-000000000001";

	private static final List<String> GRANTS = List.of("91111111-0000-4000-8000-000000000001",
			"92222222-0000-4000-8000-000000000002", "93333333-0000-4000-8000-000000000003");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void killedBetweenTwoGrantDeletionsShouldResumeAndFinishTheRecordedSet() throws Exception {
		stubAveryWithThreeGrantsAndABadge();
		Path leavers = Files.writeString(directory.resolve("leavers.csv"), "User Identity Key\nemp-1001\n");
		JarProcess run = JarProcess.inDirectory(directory)
			.arguments(List.of("--input=" + leavers, "--report=" + directory.resolve("report.csv"),
					"--revoke.seam.endpoint=" + seam.baseUrl(), "--revoke.concurrency=1", "--revoke.chunk-size=1",
					"--revoke.read-ahead=1", "--revoke.verify.settle-window=0s"));

		// when: killed once the first grant deletion has been answered
		Process process = run.start();
		JarProcess.await(() -> deletions() >= 1, "a grant deletion");
		process.destroyForcibly().waitFor();
		try (Connection db = run.database()) {
			// the whole person was recorded before the first removal, and the kill left
			// removals to do
			assertThat(JarProcess.column(db, "SELECT target_kind FROM revocation_outcome ORDER BY item"))
				.containsExactly("ACCESS_GRANT", "ACCESS_GRANT", "ACCESS_GRANT", "ACS_USER");
			assertThat(JarProcess.column(db, "SELECT outcome FROM revocation_outcome")).contains("PENDING");
		}
		int exitCode = run.runToEnd();

		// then
		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		assertThat(run.output()).contains("was interrupted (the process died); recovering and resuming it");
		seam.verify(1, postRequestedFor(urlEqualTo("/user_identities/get")));
		for (String grant : GRANTS) {
			assertThat(seam
				.findAll(postRequestedFor(urlEqualTo("/access_grants/delete")).withRequestBody(containing(grant))))
				.hasSizeBetween(1, 2);
		}
		seam.verify(1, postRequestedFor(urlEqualTo("/acs/users/revoke_access_to_all_entrances")));
		try (Connection db = run.database()) {
			assertThat(JarProcess.column(db,
					"SELECT target_kind || ' ' || outcome || ' ' || verification FROM revocation_outcome ORDER BY item"))
				.hasSize(4)
				.allMatch(row -> row
					.matches("ACCESS_GRANT (REVOKED|ALREADY_GONE) VERIFIED" + "|ACS_USER REVOKED VERIFIED"));
		}
	}

	@Test
	void sigtermWhileWaitingForAnAccessSystemShouldStopAndTheSameCommandShouldVerifyAgain() throws Exception {
		stubAveryWithThreeGrantsAndABadge();
		// the access system is slow: its entrance stays listed
		seam.stubFor(post("/user_identities/list_accessible_entrances").atPriority(1)
			.willReturn(okJson("{\"acs_entrances\":[{\"acs_entrance_id\":\"e1e1e1e1-0000-4000-8000-000000000001\","
					+ "\"display_name\":\"Lobby turnstile\"}],\"ok\":true}")));
		Path leavers = Files.writeString(directory.resolve("leavers.csv"), "User Identity Key\nemp-1001\n");
		JarProcess run = JarProcess.inDirectory(directory)
			.arguments(List.of("--input=" + leavers, "--report=" + directory.resolve("report.csv"),
					"--revoke.seam.endpoint=" + seam.baseUrl(), "--revoke.verify.settle-window=10m",
					"--revoke.verify.settle-backoff=1s"));

		Process process = run.start();
		JarProcess.await(() -> seam.findAll(postRequestedFor(urlEqualTo("/user_identities/list_accessible_entrances")))
			.size() >= 2, "verification waiting for the access system");
		process.destroy();
		process.waitFor();

		assertThat(process.exitValue()).as(run.output()).isEqualTo(ExitCode.STOPPED);
		assertThat(run.output()).contains("stop requested while waiting for access systems to apply the removals");

		// when: the system has applied it, and the same command runs
		seam.removeStub(seam.getStubMappings()
			.stream()
			.filter(stub -> stub.getPriority() != null && stub.getPriority() == 1)
			.findFirst()
			.orElseThrow());
		int exitCode = run.runToEnd();

		assertThat(exitCode).as(run.output()).isEqualTo(ExitCode.OK);
		seam.verify(1, postRequestedFor(urlEqualTo("/acs/users/revoke_access_to_all_entrances")));
		try (Connection db = run.database()) {
			assertThat(JarProcess.column(db, "SELECT DISTINCT verification FROM revocation_outcome"))
				.containsExactly("VERIFIED");
		}
	}

	private static long deletions() {
		return seam.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().equals("/access_grants/delete"))
			.count();
	}

	private static void stubAveryWithThreeGrantsAndABadge() {
		seam.stubFor(post("/user_identities/get").willReturn(okJson("{\"user_identity\":{\"user_identity_id\":\""
				+ AVERY + "\",\"user_identity_key\":\"emp-1001\",\"display_name\":\"Avery\"},\"ok\":true}")));
		StringBuilder grants = new StringBuilder();
		for (String grant : GRANTS) {
			grants.append(grants.isEmpty() ? "" : ",")
				.append("{\"access_grant_id\":\"" + grant + "\",\"user_identity_id\":\"" + AVERY + "\"}");
			// a deletion takes a while; asked again once done, the grant is gone
			seam.stubFor(post("/access_grants/delete").withRequestBody(containing(grant))
				.inScenario(grant)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(SeamStubs.ok().withFixedDelay(700))
				.willSetStateTo("deleted"));
			seam.stubFor(post("/access_grants/delete").withRequestBody(containing(grant))
				.inScenario(grant)
				.whenScenarioStateIs("deleted")
				.willReturn(SeamStubs.seamError(404, "access_grant_not_found", "Access grant not found")));
		}
		String page = "{\"access_grants\":[%s],\"pagination\":{\"has_next_page\":false},\"ok\":true}";
		seam.stubFor(post("/access_grants/list").inScenario("listing")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(page.formatted(grants)))
			.willSetStateTo("expanded"));
		seam.stubFor(post("/access_grants/list").inScenario("listing")
			.whenScenarioStateIs("expanded")
			.willReturn(okJson(page.formatted(""))));
		seam.stubFor(post("/user_identities/list_acs_users").willReturn(okJson("{\"acs_users\":[{\"acs_user_id\":\""
				+ BADGE + "\",\"acs_system_id\":\"5f5f5f5f-0000-4000-8000-000000000001\"}],\"ok\":true}")));
		seam.stubFor(post("/acs/users/revoke_access_to_all_entrances").willReturn(SeamStubs.ok()));
		seam.stubFor(post("/acs/users/get").willReturn(
				okJson("{\"acs_user\":{\"acs_user_id\":\"" + BADGE + "\",\"pending_mutations\":[]},\"ok\":true}")));
		seam.stubFor(
				post("/user_identities/list_accessible_devices").willReturn(okJson("{\"devices\":[],\"ok\":true}")));
		seam.stubFor(post("/user_identities/list_accessible_entrances")
			.willReturn(okJson("{\"acs_entrances\":[],\"ok\":true}")));
	}

}
