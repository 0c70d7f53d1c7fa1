package com.example.seamrevoke.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.job.launch.StopReason;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.testsupport.OutcomeRows;
import com.example.seamrevoke.testsupport.SeamStubs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.example.seamrevoke.job.JobTestSupport.csv;
import static com.example.seamrevoke.job.JobTestSupport.revoke;
import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.SeamStubs.seamError;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_B;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_C;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every row of the "How Seam's answers are handled" table of docs/operations.md, end to
 * end: CSV in, Seam over HTTP, outcome rows out.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:revoke-job-tests;DB_CLOSE_DELAY=-1",
		"revoke.seam.api-key=test-key", "revoke.seam.workspace-id=ws_123", "revoke.seam.read-timeout=1s",
		"revoke.retry.base-delay=10ms", "revoke.retry.max-delay=40ms" })
class RevokeAccessJobIT {

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

	@TempDir
	Path directory;

	@Test
	void revokeWhenSeamAnswers200OkShouldRecordRevokedWithOneAttempt() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(ok().withHeader("seam-request-id", "req_1")));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.rows()).singleElement().satisfies(row -> {
			assertThat(row.outcome()).isEqualTo(Outcome.REVOKED);
			assertThat(row.httpStatus()).isEqualTo(200);
			assertThat(row.attempts()).isEqualTo(1);
			assertThat(row.seamRequestId()).isEqualTo("req_1");
			assertThat(row.line()).isEqualTo(2);
		});
		seam.verify(1,
				postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer test-key"))
					.withHeader("seam-workspace", equalTo("ws_123"))
					.withHeader("User-Agent", matching("seam-revoke-batch/.+"))
					.withRequestBody(
							equalToJson("{\"user_identity_id\":\"" + USER + "\",\"device_id\":\"" + DEVICE_A + "\"}")));
	}

	@Test
	void revokeWhenSeamAnswers200WithEmptyBodyShouldRecordRevoked() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.rows()).extracting(RevocationOutcome::outcome, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.REVOKED, 1));
	}

	@Test
	void revokeWhenDeviceNotFoundShouldFailTheRowWithoutRetryAndGoOn() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));
		seam.stubFor(post(REVOKE).withRequestBody(matching(".*" + DEVICE_A + ".*"))
			.willReturn(seamError(404, "device_not_found", "Device not found")));

		Run run = run(USER + "," + DEVICE_A, USER + "," + DEVICE_B);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.rows())
			.extracting(RevocationOutcome::line, RevocationOutcome::outcome, RevocationOutcome::httpStatus,
					RevocationOutcome::errorType, RevocationOutcome::errorMessage, RevocationOutcome::attempts)
			.containsExactly(tuple(2L, Outcome.FAILED, 404, "device_not_found", "Device not found", 1),
					tuple(3L, Outcome.REVOKED, 200, null, null, 1));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenUserIdentityNotFoundOn400ShouldFailTheRowWithoutRetry() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(seamError(400, "user_identity_not_found", "User identity not found")));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.rows())
			.extracting(RevocationOutcome::outcome, RevocationOutcome::errorType, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.FAILED, "user_identity_not_found", 1));
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers503TwiceShouldRetryAndRevoke() throws Exception {
		SeamStubs.stubSequence(seam, seamError(503, "service_unavailable", "try later"),
				seamError(503, "service_unavailable", "try later"), ok());

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.rows())
			.extracting(RevocationOutcome::outcome, RevocationOutcome::httpStatus, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.REVOKED, 200, 3));
		seam.verify(3, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers429WithRetryAfterShouldWaitAtLeastThatLongAndRevoke() throws Exception {
		SeamStubs.stubSequence(seam, seamError(429, "rate_limited", "slow down").withHeader("Retry-After", "1"),
				okJson("{}"));

		Instant start = Instant.now();
		Run run = run(USER + "," + DEVICE_A);

		assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(run.rows()).extracting(RevocationOutcome::outcome, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.REVOKED, 2));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers500ForeverShouldFailTheRowAfterMaxAttempts() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(seamError(500, "internal_server_error", "boom")));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.rows()).singleElement().satisfies(row -> {
			assertThat(row.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(row.httpStatus()).isEqualTo(500);
			assertThat(row.attempts()).isEqualTo(4);
			assertThat(row.errorMessage()).startsWith("gave up after 4 attempts");
		});
		seam.verify(4, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenConnectionIsResetOnceShouldRetryAndRevoke() throws Exception {
		SeamStubs.stubSequence(seam, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{}"));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.rows()).extracting(RevocationOutcome::outcome, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.REVOKED, 2));
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenFirstAnswerTimesOutShouldRetryAndRevoke() throws Exception {
		SeamStubs.stubSequence(seam, okJson("{}").withFixedDelay(2_500), okJson("{}"));

		Run run = run(USER + "," + DEVICE_A);

		assertThat(run.rows()).extracting(RevocationOutcome::outcome, RevocationOutcome::attempts)
			.containsExactly(tuple(Outcome.REVOKED, 2));
		// WireMock journals the slow request when its answer is sent: wait, so it cannot
		// land in the next test
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (seam.getAllServeEvents().size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		seam.verify(2, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenSeamAnswers401ShouldFailTheJobAfterOneCall() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(seamError(401, "unauthorized", "Unauthorized")));

		Run run = run(USER + "," + DEVICE_A, USER + "," + DEVICE_B, USER + "," + DEVICE_C);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(run.reason()).contains("HTTP 401").contains("SEAM_API_KEY");
		assertThat(run.rows()).isEmpty();
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenEndpointAnswersPlainTextNotFoundShouldStopTheJob() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(404).withBody("Not Found")));

		Run run = run(USER + "," + DEVICE_A, USER + "," + DEVICE_B);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(run.reason()).contains("HTTP 404").contains("SEAM_ENDPOINT");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@Test
	void revokeWhenRowsAreInvalidOrDuplicateShouldSendNeither() throws Exception {
		seam.stubFor(post(REVOKE).willReturn(okJson("{}")));

		Run run = run(USER + "," + DEVICE_C, USER + ",not-a-uuid", USER + ",",
				USER.toUpperCase() + "," + DEVICE_C.toUpperCase());

		assertThat(run.rows())
			.extracting(RevocationOutcome::line, RevocationOutcome::outcome, RevocationOutcome::errorMessage)
			.containsExactly(tuple(2L, Outcome.REVOKED, null),
					tuple(3L, Outcome.INVALID, "device_id is not a UUID: 'not-a-uuid'"),
					tuple(4L, Outcome.INVALID, "device_id is empty"),
					tuple(5L, Outcome.DUPLICATE, "same pair as line 2"));
		// the duplicate differs only in case, so a call for it would carry
		// the upper-case id
		seam.verify(postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(matching(".*" + DEVICE_C + ".*")));
		seam.verify(0,
				postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(matching(".*" + DEVICE_C.toUpperCase() + ".*")));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(matching(".*not-a-uuid.*")));
	}

	/**
	 * Not a JobExecution: @SpringBatchTest would take a method returning one for a
	 * step-scope factory.
	 */
	private record Run(JobExecution execution, List<RevocationOutcome> rows, String reason) {
	}

	private Run run(String... rows) throws Exception {
		Path input = csv(directory, rows);
		JobExecution execution = jobOperatorTestUtils.startJob(revoke(input, directory.resolve("report.csv")));
		return new Run(execution, OutcomeRows.of(outcomes, execution.getJobInstanceId()), StopReason.of(execution));
	}

}
