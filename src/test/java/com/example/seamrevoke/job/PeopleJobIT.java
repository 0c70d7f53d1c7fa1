package com.example.seamrevoke.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.input.Target;
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
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * People files end to end against WireMock: a person is looked up, expanded to their
 * devices (recorded before any revoke), each device revoked, and the identity's devices
 * listed again to verify none remain; restarts after a crash between the steps.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:people-job-it;DB_CLOSE_DELAY=-1",
		"revoke.seam.api-key=test-key", "revoke.retry.base-delay=10ms", "revoke.retry.max-delay=40ms",
		// one round of verification: these tests are not about access
		// systems that apply late
		"revoke.verify.settle-window=0s" })
class PeopleJobIT {

	static final String GET = "/user_identities/get";

	static final String DEVICES = "/user_identities/list_accessible_devices";

	static final String ENTRANCES = "/user_identities/list_accessible_entrances";

	static final String REVOKE = "/user_identities/revoke_access_to_device";

	static final String AVERY = "11111111-0000-4000-8000-000000000001";

	static final String BLAKE = "22222222-0000-4000-8000-000000000002";

	static final String DEVICE_A = "aaaaaaaa-0000-4000-8000-00000000000a";

	static final String DEVICE_B = "bbbbbbbb-0000-4000-8000-00000000000b";

	static final String DEVICE_C = "cccccccc-0000-4000-8000-00000000000c";

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

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@BeforeEach
	void noOtherRoads() {
		SeamStubs.noGrantsNorAcsUsers(seam);
	}

	@Test
	void personByKeyShouldBeExpandedRevokedDeviceByDeviceAndVerified() throws Exception {
		// given: Avery can open A and B; after the revokes Seam lists nothing
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A, DEVICE_B), devices());
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));

		// when
		JobExecution execution = run(people("user_identity_key", "emp-1001"), null).execution();

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows(execution))
			.extracting(RevocationOutcome::line, RevocationOutcome::item, RevocationOutcome::sourceLine,
					RevocationOutcome::userIdentityId, RevocationOutcome::deviceId, RevocationOutcome::userIdentityKey,
					RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(2L, 0, 2L, AVERY, DEVICE_A, "emp-1001", Outcome.REVOKED, Verification.VERIFIED),
					tuple(2L, 1, 2L, AVERY, DEVICE_B, "emp-1001", Outcome.REVOKED, Verification.VERIFIED));
		assertThat(rows(execution)).allSatisfy(row -> assertThat(row.verifiedAt()).isAfter(row.processedAt()));
		seam.verify(1,
				postRequestedFor(urlEqualTo(GET)).withRequestBody(equalToJson("{\"user_identity_key\":\"emp-1001\"}")));
		seam.verify(2, postRequestedFor(urlEqualTo(DEVICES))
			.withRequestBody(equalToJson("{\"user_identity_id\":\"" + AVERY + "\"}")));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(
				equalToJson("{\"user_identity_id\":\"" + AVERY + "\",\"device_id\":\"" + DEVICE_A + "\"}")));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(
				equalToJson("{\"user_identity_id\":\"" + AVERY + "\",\"device_id\":\"" + DEVICE_B + "\"}")));
		seam.verify(1, postRequestedFor(urlEqualTo(ENTRANCES)));
	}

	@Test
	void deviceStillListedAfterItsRevokeShouldBeStillAccessibleAndEntrancesRecorded() throws Exception {
		// given: B stays listed after its revoke; the entrance belongs to no recorded
		// access-control user
		stubIdentity("emp-1004", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A, DEVICE_B), devices(DEVICE_B));
		stubEntrances(AVERY, "[{\"acs_entrance_id\":\"e1\",\"display_name\":\"Lobby turnstile\"}]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));

		JobExecution execution = run(people("User Identity Key", "emp-1004"), null).execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::deviceId, RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(DEVICE_A, Outcome.REVOKED, Verification.VERIFIED),
					tuple(DEVICE_B, Outcome.REVOKED, Verification.STILL_ACCESSIBLE),
					tuple("", Outcome.FOUND_AFTER_EXPANSION, Verification.STILL_ACCESSIBLE));
		assertThat(rows(execution).get(2).target())
			.isEqualTo(new Target(TargetKind.ACS_ENTRANCE, "e1", "Lobby turnstile", null));
		assertThat(outcomes.acsEntrances(execution.getJobInstanceId())).containsEntry(AVERY, "1: Lobby turnstile");
		PeopleTally tally = PeopleTally.of(outcomes, jobRepository, execution);
		assertThat(tally.anyVerificationNeedsAttention()).isTrue();
		assertThat(tally.render()).contains("People: 1 in the input: 0 fully offboarded, 1 with access remaining",
				DEVICE_B + " STILL_ACCESSIBLE", "entrance 'Lobby turnstile' STILL_ACCESSIBLE",
				"access-control entrances 1: Lobby turnstile", "Verification: VERIFIED 1, STILL_ACCESSIBLE 2");
	}

	@Test
	void unknownKeyShouldFailWithSeamsErrorTypeAndTheRunShouldGoOn() throws Exception {
		seam.stubFor(post(GET).withRequestBody(containing("emp-9999"))
			.willReturn(seamError(404, "user_identity_not_found", "User identity not found")));
		stubIdentity("emp-1002", BLAKE);
		stubDevicesThen(BLAKE, devices(DEVICE_C), devices());
		stubEntrances(BLAKE, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		JobExecution execution = run(people("userIdentityKey", "emp-9999", "emp-1002"), null).execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows(execution))
			.extracting(RevocationOutcome::line, RevocationOutcome::userIdentityKey, RevocationOutcome::deviceId,
					RevocationOutcome::outcome, RevocationOutcome::httpStatus, RevocationOutcome::errorType,
					RevocationOutcome::verification)
			.containsExactly(tuple(2L, "emp-9999", "", Outcome.FAILED, 404, "user_identity_not_found", null),
					tuple(3L, "emp-1002", DEVICE_C, Outcome.REVOKED, 200, null, Verification.VERIFIED));
		seam.verify(2, postRequestedFor(urlEqualTo(GET)));
		seam.verify(0, postRequestedFor(urlEqualTo(DEVICES)).withRequestBody(containing("emp-9999")));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
		assertThat(PeopleTally.of(outcomes, jobRepository, execution).render()).contains(
				"People: 2 in the input: 1 fully offboarded, 0 with access remaining, 1 unknown",
				"line 2 emp-9999: unknown to Seam (user_identity_not_found)");
	}

	@Test
	void personWithNoDevicesShouldBeOneNothingToRevokeRowVerified() throws Exception {
		stubIdentity("emp-1003", AVERY);
		stubDevicesThen(AVERY, devices(), devices());
		stubEntrances(AVERY, "[]");

		JobExecution execution = run(people("user_identity_key", "emp-1003"), null).execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::item, RevocationOutcome::deviceId, RevocationOutcome::outcome,
					RevocationOutcome::attempts, RevocationOutcome::verification)
			// the lookup, and the listings of grants, access-control users and devices
			.containsExactly(tuple(0, "", Outcome.NOTHING_TO_REVOKE, 4, Verification.VERIFIED));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void personByIdShouldBeLookedUpByIdAndAnUnknownIdShouldFail() throws Exception {
		seam.stubFor(post(GET).withRequestBody(containing(BLAKE))
			.willReturn(seamError(404, "user_identity_not_found", "User identity not found")));
		seam.stubFor(post(GET).withRequestBody(containing(AVERY))
			.willReturn(okJson("{\"user_identity\":{\"user_identity_id\":\"" + AVERY
					+ "\",\"user_identity_key\":null,\"display_name\":\"Avery\"},\"ok\":true}")));
		stubDevicesThen(AVERY, devices(DEVICE_A), devices());
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		JobExecution execution = run(people("user_identity_id", AVERY, BLAKE), null).execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::userIdentityId, RevocationOutcome::deviceId, RevocationOutcome::outcome,
					RevocationOutcome::errorType)
			.containsExactly(tuple(AVERY, DEVICE_A, Outcome.REVOKED, null),
					tuple(BLAKE, "", Outcome.FAILED, "user_identity_not_found"));
		seam.verify(postRequestedFor(urlEqualTo(GET))
			.withRequestBody(equalToJson("{\"user_identity_id\":\"" + AVERY + "\"}")));
	}

	@Test
	void listAnsweringOnlyTheDeprecatedFieldShouldFailThePersonNotReadAsNoDevices() throws Exception {
		stubIdentity("emp-1001", AVERY);
		seam.stubFor(
				post(DEVICES).willReturn(okJson("{\"accessible_devices\":" + devices(DEVICE_A) + ",\"ok\":true}")));

		JobExecution execution = run(people("user_identity_key", "emp-1001"), null).execution();

		assertThat(rows(execution)).extracting(RevocationOutcome::outcome, RevocationOutcome::errorType)
			.containsExactly(tuple(Outcome.FAILED, "unexpected_answer"));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void lookupAnswering503ShouldBeRetriedLikeARevoke() throws Exception {
		seam.stubFor(post(GET).inScenario("get")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(seamError(503, "service_unavailable", "later"))
			.willSetStateTo("up"));
		seam.stubFor(post(GET).inScenario("get").whenScenarioStateIs("up").willReturn(identity("emp-1003", AVERY)));
		stubDevicesThen(AVERY, devices(), devices());
		stubEntrances(AVERY, "[]");

		JobExecution execution = run(people("user_identity_key", "emp-1003"), null).execution();

		assertThat(rows(execution)).extracting(RevocationOutcome::outcome, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.NOTHING_TO_REVOKE, 5));
		seam.verify(2, postRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void samePersonTwiceShouldBeExpandedOnceAndTheSecondLineDuplicate() throws Exception {
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A), devices());
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		JobExecution execution = run(people("user_identity_key", "emp-1001", "emp-1001"), null).execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::line, RevocationOutcome::outcome, RevocationOutcome::errorMessage)
			.containsExactly(tuple(2L, Outcome.REVOKED, null), tuple(3L, Outcome.DUPLICATE, "same person as line 2"));
		seam.verify(1, postRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void crashBetweenExpandAndRevokeShouldRevokeExactlyTheRecordedSetWithoutExpandingAgain() throws Exception {
		// given: the expansion finds A and B, then every revoke is refused with 401
		stubIdentity("emp-1001", AVERY);
		seam.stubFor(post(DEVICES).willReturn(okJson(devicesBody(DEVICE_A, DEVICE_B))));
		seam.stubFor(post(REVOKE).willReturn(seamError(401, "unauthorized", "Unauthorized")));
		Path input = people("user_identity_key", "emp-1001");
		JobParameters parameters = parameters(input, null);

		// when
		JobExecution crashed = jobOperatorTestUtils.startJob(parameters);

		// then: the job stopped in the revoke step with the expansion recorded
		assertThat(crashed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(rows(crashed)).extracting(RevocationOutcome::deviceId, RevocationOutcome::outcome)
			.containsExactly(tuple(DEVICE_A, Outcome.PENDING), tuple(DEVICE_B, Outcome.PENDING));

		// given: Seam would now list a different set, and accepts revokes
		seam.resetAll();
		SeamStubs.noGrantsNorAcsUsers(seam);
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_C), devices(DEVICE_C));
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		// when: the same parameters again
		JobExecution resumed = jobOperatorTestUtils.startJob(parameters);

		// then: no second expansion; exactly A and B revoked; the verify step lists once
		assertThat(resumed.getJobInstanceId()).isEqualTo(crashed.getJobInstanceId());
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		seam.verify(0, postRequestedFor(urlEqualTo(GET)));
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(containing(DEVICE_C)));
		// and C, which the expansion did not find, is a row of its own, still accessible
		assertThat(rows(resumed))
			.extracting(RevocationOutcome::item, RevocationOutcome::deviceId, RevocationOutcome::outcome,
					RevocationOutcome::verification)
			.containsExactly(tuple(0, DEVICE_A, Outcome.REVOKED, Verification.VERIFIED),
					tuple(1, DEVICE_B, Outcome.REVOKED, Verification.VERIFIED),
					tuple(2, DEVICE_C, Outcome.FOUND_AFTER_EXPANSION, Verification.STILL_ACCESSIBLE));
	}

	@Test
	void restartInTheVerifyStepShouldVerifyWithoutExpandingOrRevokingAgain() throws Exception {
		// given: expansion and revoke go through; the verify listing is refused with 401
		stubIdentity("emp-1001", AVERY);
		seam.stubFor(post(DEVICES).inScenario("verify")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(devicesBody(DEVICE_A)))
			.willSetStateTo("expanded"));
		seam.stubFor(post(DEVICES).inScenario("verify")
			.whenScenarioStateIs("expanded")
			.willReturn(seamError(401, "unauthorized", "Unauthorized")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		JobParameters parameters = parameters(people("user_identity_key", "emp-1001"), null);

		JobExecution failed = jobOperatorTestUtils.startJob(parameters);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getStepExecutions()).extracting(s -> s.getStepName(), s -> s.getStatus())
			.containsExactly(tuple("expandStep", BatchStatus.COMPLETED),
					tuple("removeGrantsStep", BatchStatus.COMPLETED), tuple("revokeStep", BatchStatus.COMPLETED),
					tuple("verifyStep", BatchStatus.FAILED));
		assertThat(rows(failed)).extracting(RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(Outcome.REVOKED, null));

		// when: Seam lists again, and the job is restarted
		seam.resetAll();
		SeamStubs.noGrantsNorAcsUsers(seam);
		seam.stubFor(post(DEVICES).willReturn(okJson(devicesBody())));
		stubEntrances(AVERY, "[]");
		JobExecution resumed = jobOperatorTestUtils.startJob(parameters);

		// then: only the verification ran
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows(resumed)).extracting(RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(Outcome.REVOKED, Verification.VERIFIED));
		seam.verify(0, postRequestedFor(urlEqualTo(GET)));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
	}

	@Test
	void rerunOfFailedRowsShouldLookAnUnknownPersonUpAgainAndRetryOnlyTheFailedDevice() throws Exception {
		// given: emp-9999 is unknown, and Avery's device B is refused once
		seam.stubFor(post(GET).withRequestBody(containing("emp-9999"))
			.willReturn(seamError(404, "user_identity_not_found", "User identity not found")));
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A, DEVICE_B), devices(DEVICE_B));
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		seam.stubFor(post(REVOKE).withRequestBody(containing(DEVICE_B))
			.willReturn(seamError(400, "invalid_input", "try again later")));
		JobExecution first = run(people("user_identity_key", "emp-1001", "emp-9999"), null).execution();
		assertThat(rows(first))
			.extracting(RevocationOutcome::line, RevocationOutcome::deviceId, RevocationOutcome::outcome)
			.containsExactly(tuple(2L, DEVICE_A, Outcome.REVOKED), tuple(2L, DEVICE_B, Outcome.FAILED),
					tuple(3L, "", Outcome.FAILED));

		// when: Seam now knows emp-9999 and accepts B; the FAILED rows are rerun
		seam.resetAll();
		SeamStubs.noGrantsNorAcsUsers(seam);
		stubIdentity("emp-9999", BLAKE);
		stubDevicesThen(BLAKE, devices(DEVICE_C), devices());
		seam.stubFor(post(DEVICES).withRequestBody(containing(AVERY)).willReturn(okJson(devicesBody())));
		seam.stubFor(post(ENTRANCES).willReturn(okJson("{\"acs_entrances\":[],\"ok\":true}")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		JobExecution rerun = jobOperatorTestUtils.startJob(rerunOfFailedRows(first));

		// then: B alone for Avery (no new lookup), emp-9999 expanded and
		// revoked, both verified
		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows(rerun))
			.extracting(RevocationOutcome::line, RevocationOutcome::item, RevocationOutcome::userIdentityKey,
					RevocationOutcome::deviceId, RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(2L, 1, "emp-1001", DEVICE_B, Outcome.REVOKED, Verification.VERIFIED),
					tuple(3L, 0, "emp-9999", DEVICE_C, Outcome.REVOKED, Verification.VERIFIED));
		seam.verify(1, postRequestedFor(urlEqualTo(GET)));
		seam.verify(0, postRequestedFor(urlEqualTo(GET)).withRequestBody(containing("emp-1001")));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void rerunOfAPersonsFailedDeviceAloneShouldVerifyItThoughNoOneIsExpanded() throws Exception {
		// given: Avery's device B is refused once; nobody's lookup failed
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A, DEVICE_B), devices(DEVICE_B));
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		seam.stubFor(post(REVOKE).withRequestBody(containing(DEVICE_B))
			.willReturn(seamError(400, "invalid_input", "try again later")));
		JobExecution first = run(people("user_identity_key", "emp-1001"), null).execution();

		// when: the FAILED row is rerun, which reads no file and expands no one
		seam.resetAll();
		SeamStubs.noGrantsNorAcsUsers(seam);
		seam.stubFor(post(DEVICES).withRequestBody(containing(AVERY)).willReturn(okJson(devicesBody())));
		seam.stubFor(post(ENTRANCES).willReturn(okJson("{\"acs_entrances\":[],\"ok\":true}")));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		JobExecution rerun = jobOperatorTestUtils.startJob(rerunOfFailedRows(first));

		// then: it is still a person's row, verified by default like every person row
		assertThat(rerun.getStepExecutions()).extracting(StepExecution::getStepName)
			.containsExactly("revokeStep", "verifyStep");
		assertThat(rows(rerun))
			.extracting(RevocationOutcome::userIdentityKey, RevocationOutcome::deviceId, RevocationOutcome::outcome,
					RevocationOutcome::verification)
			.containsExactly(tuple("emp-1001", DEVICE_B, Outcome.REVOKED, Verification.VERIFIED));
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
	}

	@Test
	void pairFileWithAnEmptyDeviceCellShouldStayInvalidAndNeverWidenToEveryDevice() throws Exception {
		Path input = write("pairs.csv", "user_identity_id,device_id\n" + AVERY + ",\n" + AVERY + ", \n");

		JobExecution execution = run(input, null).execution();

		assertThat(rows(execution))
			.extracting(RevocationOutcome::line, RevocationOutcome::outcome, RevocationOutcome::errorMessage)
			.containsExactly(tuple(2L, Outcome.INVALID, "device_id is empty"),
					tuple(3L, Outcome.INVALID, "device_id is empty"));
		assertThat(seam.getAllServeEvents()).isEmpty();
	}

	@Test
	void pairFileShouldNotBeVerifiedByDefaultButShouldBeWithVerify() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		stubDevicesThen(AVERY, devices(DEVICE_B), devices(DEVICE_B));
		Path input = write("pairs.csv",
				"user_identity_id,device_id\n" + AVERY + "," + DEVICE_A + "\n" + AVERY + "," + DEVICE_B + "\n");

		JobExecution plain = run(input, null).execution();

		assertThat(rows(plain)).extracting(RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(Outcome.REVOKED, null), tuple(Outcome.REVOKED, null));
		assertThat(plain.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("revokeStep");
		seam.verify(0, postRequestedFor(urlEqualTo(DEVICES)));

		JobExecution verified = run(input, "true").execution();

		assertThat(rows(verified)).extracting(RevocationOutcome::deviceId, RevocationOutcome::verification)
			.containsExactly(tuple(DEVICE_A, Verification.VERIFIED), tuple(DEVICE_B, Verification.STILL_ACCESSIBLE));
		assertThat(verified.getStepExecutions()).extracting(StepExecution::getStepName)
			.containsExactly("revokeStep", "verifyStep");
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
		seam.verify(0, postRequestedFor(urlEqualTo(ENTRANCES)));
	}

	@Test
	void verifyFalseShouldLeavePersonRowsUnverified() throws Exception {
		stubIdentity("emp-1001", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A), devices(DEVICE_A));
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		JobExecution execution = run(people("user_identity_key", "emp-1001"), "false").execution();

		assertThat(rows(execution)).extracting(RevocationOutcome::outcome, RevocationOutcome::verification)
			.containsExactly(tuple(Outcome.REVOKED, null));
		seam.verify(1, postRequestedFor(urlEqualTo(DEVICES)));
	}

	@Test
	void outcomeTableShouldAnswerTheAuditQueryFromTheReadme() throws Exception {
		stubIdentity("emp-1004", AVERY);
		stubDevicesThen(AVERY, devices(DEVICE_A, DEVICE_B), devices(DEVICE_B));
		stubEntrances(AVERY, "[]");
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		JobExecution execution = run(people("user_identity_key", "emp-1004"), null).execution();

		// the audit query (docs/operations.md): rows without proof that access is gone
		List<String> left = jdbc.sql("""
				SELECT line, user_identity_key, device_id, outcome, verification FROM revocation_outcome
				WHERE job_instance_id = ? AND outcome NOT IN ('INVALID', 'DUPLICATE')
				AND (verification IS NULL OR verification <> 'VERIFIED') ORDER BY line, item""")
			.param(execution.getJobInstanceId())
			.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
					+ " " + rs.getString(5))
			.list();

		assertThat(left).containsExactly("2 emp-1004 " + DEVICE_B + " REVOKED STILL_ACCESSIBLE");
	}

	/**
	 * What --rerun-failed starts: the FAILED rows of {@code first}, read from the table.
	 * Parameters, not an execution: @SpringBatchTest calls a method returning one.
	 */
	private JobParameters rerunOfFailedRows(JobExecution first) {
		return new JobParametersBuilder().addString(JobParameterNames.MODE, "rerun-of-execution-" + first.getId(), true)
			.addString(JobParameterNames.INPUT_SHA256, "instance-" + first.getJobInstanceId(), true)
			.addLong(JobParameterNames.RERUN_INSTANCE, first.getJobInstanceId(), false)
			.addString(JobParameterNames.REPORT_FILE, directory.resolve("rerun.csv").toString(), false)
			.toJobParameters();
	}

	private Run run(Path input, String verify) throws Exception {
		return new Run(jobOperatorTestUtils.startJob(parameters(input, verify)));
	}

	private record Run(JobExecution execution) {
	}

	private JobParameters parameters(Path input, String verify) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(JobParameterNames.MODE, "revoke", true)
			.addString(JobParameterNames.INPUT_SHA256, UUID.randomUUID().toString(), true)
			.addString(JobParameterNames.INPUT_FILE, input.toString(), false)
			.addString(JobParameterNames.REPORT_FILE, directory.resolve("report.csv").toString(), false);
		if (verify != null) {
			builder.addString(JobParameterNames.VERIFY, verify, false);
		}
		return builder.toJobParameters();
	}

	private Path people(String header, String... people) throws IOException {
		return write("people.csv", header + "\n" + String.join("\n", people) + "\n");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(Files.createTempFile(directory, "input-", name), content, StandardCharsets.UTF_8);
	}

	private List<RevocationOutcome> rows(JobExecution execution) {
		List<RevocationOutcome> rows = new ArrayList<>();
		outcomes.forEachByLine(execution.getJobInstanceId(), rows::add);
		return rows;
	}

	static void stubIdentity(String key, String id) {
		seam.stubFor(post(GET).withRequestBody(containing(key)).willReturn(identity(key, id)));
	}

	static ResponseDefinitionBuilder identity(String key, String id) {
		return okJson("{\"user_identity\":{\"user_identity_id\":\"" + id + "\",\"user_identity_key\":\"" + key
				+ "\",\"display_name\":\"Someone\"},\"ok\":true}");
	}

	/**
	 * The expansion's listing, then what every later listing (the verification) shows.
	 */
	static void stubDevicesThen(String id, String first, String after) {
		seam.stubFor(post(DEVICES).withRequestBody(containing(id))
			.inScenario("devices-" + id)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"devices\":" + first + ",\"accessible_devices\":" + first + ",\"ok\":true}"))
			.willSetStateTo("listed"));
		seam.stubFor(post(DEVICES).withRequestBody(containing(id))
			.inScenario("devices-" + id)
			.whenScenarioStateIs("listed")
			.willReturn(okJson("{\"devices\":" + after + ",\"ok\":true}")));
	}

	static void stubEntrances(String id, String entrances) {
		seam.stubFor(post(ENTRANCES).withRequestBody(containing(id))
			.willReturn(okJson("{\"acs_entrances\":" + entrances + ",\"ok\":true}")));
	}

	static String devices(String... ids) {
		List<String> items = new ArrayList<>();
		for (String id : ids) {
			items.add("{\"device_id\":\"" + id + "\",\"display_name\":\"Door " + id.charAt(0) + "\"}");
		}
		return "[" + String.join(",", items) + "]";
	}

	static String devicesBody(String... ids) {
		return "{\"devices\":" + devices(ids) + ",\"ok\":true}";
	}

	static ResponseDefinitionBuilder seamError(int status, String type, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("seam-request-id", "req_err")
			.withBody("{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
	}

}
