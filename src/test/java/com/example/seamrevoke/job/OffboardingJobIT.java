package com.example.seamrevoke.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.job.launch.PeopleTally;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.testsupport.SeamStubs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Offboarding a person completely, end to end against WireMock (docs/offboarding.md):
 * every road recorded and removed (grants over two pages first, access-control users,
 * devices), proof by both of Seam's lists after a settling window, things already gone,
 * {@code "ok": false}, and a colleague who is not in the file and is never named in a
 * call.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:offboarding-job-it;DB_CLOSE_DELAY=-1",
		"revoke.seam.api-key=test-key", "revoke.retry.base-delay=10ms", "revoke.retry.max-delay=40ms",
		"revoke.verify.settle-window=3s", "revoke.verify.settle-backoff=100ms",
		"revoke.verify.settle-backoff-max=400ms" })
class OffboardingJobIT {

	static final String GET = "/user_identities/get";

	static final String DEVICES = "/user_identities/list_accessible_devices";

	static final String ENTRANCES = "/user_identities/list_accessible_entrances";

	static final String REVOKE = "/user_identities/revoke_access_to_device";

	static final String GRANTS = "/access_grants/list";

	static final String DELETE_GRANT = "/access_grants/delete";

	static final String ACS_USERS = "/user_identities/list_acs_users";

	static final String REVOKE_ENTRANCES = "/acs/users/revoke_access_to_all_entrances";

	static final String ACS_USER = "/acs/users/get";

	static final String AVERY = "11111111-0000-4000-8000-000000000001";

	static final String COLLEAGUE = "22222222-0000-4000-8000-000000000002";

	static final String DIRECT = "aaaaaaaa-0000-4000-8000-00000000000a";

	static final String GRANTED = "bbbbbbbb-0000-4000-8000-00000000000b";

	static final String GRANT_1 = "91111111-0000-4000-8000-000000000001";

	static final String GRANT_2 = "92222222-0000-4000-8000-000000000002";

	static final String GRANT_3 = "93333333-0000-4000-8000-000000000003";

	static final String COLLEAGUE_GRANT = "94444444-0000-4000-8000-000000000004";

	static final String BADGE = "acacacac-0000-4000-8000-000000000001";

	static final String COLLEAGUE_BADGE = "acacacac-0000-4000-8000-000000000002";

	static final String HEAD_OFFICE = "5f5f5f5f-0000-4000-8000-000000000001";

	static final String LOBBY = "{\"acs_entrance_id\":\"e1e1e1e1-0000-4000-8000-000000000001\",\"acs_system_id\":\""
			+ HEAD_OFFICE + "\",\"display_name\":\"Lobby turnstile\"}";

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void seamEndpoint(DynamicPropertyRegistry registry) {
		registry.add("revoke.seam.endpoint", seam::baseUrl);
	}

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	OutcomeRepository outcomes;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path directory;

	@BeforeEach
	void averyAndAColleagueWhoIsNotInTheFile() {
		SeamStubs.noGrantsNorAcsUsers(seam);
		for (String[] person : new String[][] { { "emp-1001", AVERY }, { "emp-2001", COLLEAGUE } }) {
			seam.stubFor(
					post(GET).withRequestBody(containing(person[0]))
						.willReturn(okJson("{\"user_identity\":{\"user_identity_id\":\"" + person[1]
								+ "\",\"user_identity_key\":\"" + person[0]
								+ "\",\"display_name\":\"Someone\"},\"ok\":true}")));
		}
		// as in Seam, a grants listing without a user identity answers for
		// the whole workspace
		seam.stubFor(post(GRANTS).withRequestBody(notContaining("user_identity_id"))
			.atPriority(1)
			.willReturn(okJson(grantsPage(COLLEAGUE, null, COLLEAGUE_GRANT))));
		// the colleague keeps a grant and a badge in the same building
		seam.stubFor(post(GRANTS).withRequestBody(containing(COLLEAGUE))
			.willReturn(okJson(grantsPage(COLLEAGUE, null, COLLEAGUE_GRANT))));
		seam.stubFor(post(ACS_USERS).withRequestBody(containing(COLLEAGUE))
			.willReturn(okJson("{\"acs_users\":[" + badge(COLLEAGUE_BADGE) + "],\"ok\":true}")));
		seam.stubFor(post(DEVICES).atPriority(100).willReturn(okJson(devices())));
		seam.stubFor(post(ENTRANCES).atPriority(100).willReturn(okJson(entrances())));
		seam.stubFor(post(ACS_USER).atPriority(100)
			.willReturn(
					okJson("{\"acs_user\":{\"acs_user_id\":\"" + BADGE + "\",\"pending_mutations\":[]},\"ok\":true}")));
	}

	@Test
	void grantsOverTwoPagesShouldAllBeDeletedBeforeAnyDeviceAndTheGrantedDeviceNotRevokedForNothing() throws Exception {
		// given: three grants over two pages; a direct device and one a grant gives
		stubGrantsOfAveryUntilDeleted();
		seam.stubFor(inOrder(post(DEVICES), "devices", Scenario.STARTED, "expanded")
			.willReturn(okJson(devices(DIRECT, GRANTED))));
		seam.stubFor(inOrder(post(DEVICES), "devices", "expanded", "relisted").willReturn(okJson(devices(DIRECT))));
		seam.stubFor(inOrder(post(DEVICES), "devices", "relisted", "relisted").willReturn(okJson(devices())));
		seam.stubFor(post(REVOKE).willReturn(SeamStubs.ok()));

		JobExecution execution = run("emp-1001").execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows(execution))
			.extracting(row -> row.target().kind(), row -> row.target().id(), RevocationOutcome::outcome,
					RevocationOutcome::verification)
			.containsExactly(tuple(TargetKind.ACCESS_GRANT, GRANT_1, Outcome.REVOKED, Verification.VERIFIED),
					tuple(TargetKind.ACCESS_GRANT, GRANT_2, Outcome.REVOKED, Verification.VERIFIED),
					tuple(TargetKind.ACCESS_GRANT, GRANT_3, Outcome.REVOKED, Verification.VERIFIED),
					tuple(TargetKind.DEVICE, DIRECT, Outcome.REVOKED, Verification.VERIFIED),
					tuple(TargetKind.DEVICE, GRANTED, Outcome.ALREADY_GONE, Verification.VERIFIED));
		assertThat(rows(execution)).filteredOn(row -> row.outcome() == Outcome.REVOKED)
			.allSatisfy(row -> assertThat(row.confirmedAt()).isAfterOrEqualTo(row.requestedAt()));
		// the second page was asked for with the cursor, and every listing named Avery
		seam.verify(postRequestedFor(urlEqualTo(GRANTS)).withRequestBody(containing("\"page_cursor\":\"page-2\"")));
		seam.verify(0, postRequestedFor(urlEqualTo(GRANTS)).withRequestBody(notContaining("user_identity_id")));
		seam.verify(3, postRequestedFor(urlEqualTo(DELETE_GRANT)));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(GRANTED)));
		assertThat(lastCallTo(DELETE_GRANT)).isBefore(firstCallTo(REVOKE));
	}

	@Test
	void aLeaverWhoseOnlyAccessIsABadgeShouldHaveItRevokedAndBeVerifiedByTheEntrancesList() throws Exception {
		// given: no device, one access-control user; the entrance is listed until revoked
		seam.stubFor(post(ACS_USERS).withRequestBody(containing(AVERY))
			.willReturn(okJson("{\"acs_users\":[" + badge(BADGE) + "],\"ok\":true}")));
		seam.stubFor(inOrder(post(ENTRANCES), "badge", Scenario.STARTED, Scenario.STARTED)
			.willReturn(okJson(entrances(LOBBY))));
		seam.stubFor(inOrder(post(REVOKE_ENTRANCES), "badge", Scenario.STARTED, "revoked").willReturn(SeamStubs.ok()));
		seam.stubFor(inOrder(post(ENTRANCES), "badge", "revoked", "revoked").willReturn(okJson(entrances())));

		JobExecution execution = run("emp-1001").execution();

		assertThat(rows(execution))
			.extracting(row -> row.target().kind(), RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(TargetKind.ACS_USER, Outcome.REVOKED, Verification.VERIFIED));
		assertThat(rows(execution).get(0).target().acsSystemId()).isEqualTo(HEAD_OFFICE);
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE_ENTRANCES))
			.withRequestBody(equalToJson("{\"acs_user_id\":\"" + BADGE + "\"}")));
		seam.verify(postRequestedFor(urlEqualTo(ACS_USER)).withRequestBody(containing(BADGE)));
		assertThat(tally(execution).render()).contains("People: 1 in the input: 1 fully offboarded");
	}

	@Test
	void anAccessSystemThatAppliesLateShouldBeWaitedForThenVerified() throws Exception {
		// given: after the revoke the entrance stays listed for two more readings
		stubBadgeOfAvery();
		seam.stubFor(inOrder(post(ENTRANCES), "late", Scenario.STARTED, "late-2").willReturn(okJson(entrances(LOBBY))));
		seam.stubFor(inOrder(post(ENTRANCES), "late", "late-2", "applied").willReturn(okJson(entrances(LOBBY))));
		seam.stubFor(inOrder(post(ENTRANCES), "late", "applied", "applied").willReturn(okJson(entrances())));

		JobExecution execution = run("emp-1001").execution();

		RevocationOutcome badge = rows(execution).get(0);
		assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
		assertThat(badge.confirmedAt()).isAfter(badge.requestedAt());
		seam.verify(3, postRequestedFor(urlEqualTo(ENTRANCES)));
		assertThat(tally(execution).anyVerificationNeedsAttention()).isFalse();
	}

	@Test
	void anAccessSystemThatNeverAppliesShouldLeaveTheEntranceStillAccessibleAndNamed() throws Exception {
		stubBadgeOfAvery();
		seam.stubFor(post(ENTRANCES).willReturn(okJson(entrances(LOBBY))));

		JobExecution execution = run("emp-1001").execution();

		RevocationOutcome badge = rows(execution).get(0);
		assertThat(badge.outcome()).isEqualTo(Outcome.REVOKED);
		assertThat(badge.verification()).isEqualTo(Verification.STILL_ACCESSIBLE);
		assertThat(badge.confirmedAt()).isNull();
		assertThat(outcomes.acsEntrances(execution.getJobInstanceId())).containsEntry(AVERY, "1: Lobby turnstile");
		// re-listed within the window before anything was called STILL_ACCESSIBLE
		assertThat(seam.findAll(postRequestedFor(urlEqualTo(ENTRANCES)))).hasSizeGreaterThan(2);
		PeopleTally tally = tally(execution);
		assertThat(tally.anyVerificationNeedsAttention()).isTrue();
		assertThat(tally.render()).contains("access-control user 'Badge' STILL_ACCESSIBLE",
				"access-control entrances 1: Lobby turnstile");
	}

	@Test
	void aColleagueWhoIsNotInTheFileShouldNeverBeNamedInAnyCall() throws Exception {
		stubGrantsOfAveryUntilDeleted();
		stubBadgeOfAvery();
		seam.stubFor(post(REVOKE).willReturn(SeamStubs.ok()));

		JobExecution execution = run("emp-1001").execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (String colleague : List.of(COLLEAGUE, "emp-2001", COLLEAGUE_GRANT, COLLEAGUE_BADGE)) {
			seam.verify(0, anyRequestedFor(anyUrl()).withRequestBody(containing(colleague)));
		}
		seam.verify(3, postRequestedFor(urlEqualTo(DELETE_GRANT)));
	}

	@Test
	void removalsSeamAnswersAsAlreadyGoneShouldBeDoneNotFailed() throws Exception {
		// given: the grant and the device were removed before (a run killed after
		// sending)
		seam.stubFor(
				post(GRANTS).withRequestBody(containing(AVERY)).willReturn(okJson(grantsPage(AVERY, null, GRANT_1))));
		seam.stubFor(post(DELETE_GRANT)
			.willReturn(SeamStubs.seamError(404, "access_grant_not_found", "Access grant not found")));
		seam.stubFor(inOrder(post(DEVICES), "gone", Scenario.STARTED, "expanded").willReturn(okJson(devices(DIRECT))));
		seam.stubFor(inOrder(post(DEVICES), "gone", "expanded", "expanded").willReturn(okJson(devices(DIRECT))));
		seam.stubFor(post(REVOKE).willReturn(SeamStubs.seamError(404, "device_not_found", "Device not found")));

		JobExecution execution = run("emp-1001").execution();

		assertThat(rows(execution))
			.extracting(row -> row.target().kind(), RevocationOutcome::outcome, RevocationOutcome::httpStatus,
					RevocationOutcome::errorType)
			.containsExactly(tuple(TargetKind.ACCESS_GRANT, Outcome.ALREADY_GONE, 404, "access_grant_not_found"),
					tuple(TargetKind.DEVICE, Outcome.ALREADY_GONE, 404, "device_not_found"));
		assertThat(outcomes.count(execution.getJobInstanceId()).anyNeedsAttention()).isFalse();
	}

	@Test
	void aRemovalAnswered200WithOkFalseShouldFailNotCountAsDone() throws Exception {
		seam.stubFor(
				post(GRANTS).withRequestBody(containing(AVERY)).willReturn(okJson(grantsPage(AVERY, null, GRANT_1))));
		seam.stubFor(post(DELETE_GRANT).willReturn(okJson("{\"ok\":false}")));

		JobExecution execution = run("emp-1001").execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::outcome, RevocationOutcome::httpStatus, RevocationOutcome::errorType,
					RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.FAILED, 200, "not_ok", 1));
		assertThat(rows(execution).get(0).requestedAt()).isNull();
	}

	private void stubGrantsOfAveryUntilDeleted() {
		seam.stubFor(
				inOrder(post(GRANTS).withRequestBody(containing(AVERY)), "grants", Scenario.STARTED, Scenario.STARTED)
					.willReturn(okJson(grantsPage(AVERY, "page-2", GRANT_1, GRANT_2))));
		seam.stubFor(inOrder(post(GRANTS).withRequestBody(containing("page-2")).atPriority(1), "grants",
				Scenario.STARTED, Scenario.STARTED)
			.willReturn(okJson(grantsPage(AVERY, null, GRANT_3))));
		seam.stubFor(inOrder(post(DELETE_GRANT), "grants", Scenario.STARTED, "deleted").willReturn(SeamStubs.ok()));
		seam.stubFor(post(DELETE_GRANT).inScenario("grants").whenScenarioStateIs("deleted").willReturn(SeamStubs.ok()));
		seam.stubFor(inOrder(post(GRANTS).withRequestBody(containing(AVERY)), "grants", "deleted", "deleted")
			.willReturn(okJson(grantsPage(AVERY, null))));
	}

	private void stubBadgeOfAvery() {
		seam.stubFor(post(ACS_USERS).withRequestBody(containing(AVERY))
			.willReturn(okJson("{\"acs_users\":[" + badge(BADGE) + "],\"ok\":true}")));
		seam.stubFor(post(REVOKE_ENTRANCES).willReturn(SeamStubs.ok()));
	}

	private static MappingBuilder inOrder(MappingBuilder stub, String scenario, String state, String next) {
		return stub.inScenario(scenario).whenScenarioStateIs(state).willSetStateTo(next);
	}

	private static String grantsPage(String owner, String nextCursor, String... grantIds) {
		List<String> grants = new ArrayList<>();
		for (String id : grantIds) {
			grants.add("{\"access_grant_id\":\"" + id + "\",\"user_identity_id\":\"" + owner + "\",\"name\":\"Grant "
					+ id.charAt(1) + "\",\"access_method_ids\":[]}");
		}
		return "{\"access_grants\":[" + String.join(",", grants) + "],\"pagination\":{\"has_next_page\":"
				+ (nextCursor != null) + ",\"next_page_cursor\":"
				+ (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "},\"ok\":true}";
	}

	private static String badge(String id) {
		return "{\"acs_user_id\":\"" + id + "\",\"acs_system_id\":\"" + HEAD_OFFICE
				+ "\",\"display_name\":\"Badge\",\"is_suspended\":false}";
	}

	private static String devices(String... ids) {
		List<String> items = new ArrayList<>();
		for (String id : ids) {
			items.add("{\"device_id\":\"" + id + "\",\"display_name\":\"Door " + id.charAt(0) + "\"}");
		}
		return "{\"devices\":[" + String.join(",", items) + "],\"ok\":true}";
	}

	private static String entrances(String... entrances) {
		return "{\"acs_entrances\":[" + String.join(",", entrances) + "],\"ok\":true}";
	}

	private java.util.Date firstCallTo(String path) {
		return callsTo(path).get(0).getRequest().getLoggedDate();
	}

	private java.util.Date lastCallTo(String path) {
		List<ServeEvent> calls = callsTo(path);
		return calls.get(calls.size() - 1).getRequest().getLoggedDate();
	}

	private List<ServeEvent> callsTo(String path) {
		return seam.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().equals(path))
			.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
			.toList();
	}

	/**
	 * Not a JobExecution: @SpringBatchTest would call a method returning one for its
	 * scopes.
	 */
	private Run run(String... keys) throws Exception {
		Path input = Files.writeString(Files.createTempFile(directory, "leavers-", ".csv"),
				"User Identity Key\n" + String.join("\n", keys) + "\n", StandardCharsets.UTF_8);
		JobParametersBuilder parameters = new JobParametersBuilder().addString(JobParameterNames.MODE, "revoke", true)
			.addString(JobParameterNames.INPUT_SHA256, UUID.randomUUID().toString(), true)
			.addString(JobParameterNames.INPUT_FILE, input.toString(), false)
			.addString(JobParameterNames.REPORT_FILE, directory.resolve("report.csv").toString(), false);
		return new Run(jobOperatorTestUtils.startJob(parameters.toJobParameters()));
	}

	private record Run(JobExecution execution) {
	}

	private List<RevocationOutcome> rows(JobExecution execution) {
		List<RevocationOutcome> rows = new ArrayList<>();
		outcomes.forEachByLine(execution.getJobInstanceId(), rows::add);
		return rows;
	}

	private PeopleTally tally(JobExecution execution) {
		return PeopleTally.of(outcomes, jobRepository, execution);
	}

}
