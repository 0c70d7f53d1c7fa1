package com.example.seamrevoke.job.revoke;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.testsupport.SeamOnLoopback;

import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.ok;
import static com.example.seamrevoke.testsupport.SeamStubs.seamError;
import static com.example.seamrevoke.testsupport.SeamStubs.stubSequence;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request in, exactly one outcome out: what Seam was sent (WireMock on 127.0.0.1) and
 * what the row records.
 */
class SeamRevokerTests {

	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@RegisterExtension
	static SeamOnLoopback seam = new SeamOnLoopback();

	@Nested
	class WithACall {

		@Test
		void revokedPairSendsThePairOnceWithTheKeyAndRecordsSeamsRequestId() {
			seam.stubFor(post(REVOKE).willReturn(ok().withHeader("seam-request-id", "req_1")));

			RevocationOutcome outcome = revoker(false).process(pair(2));

			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer test-key"))
				.withRequestBody(
						equalToJson("{\"user_identity_id\":\"" + USER + "\",\"device_id\":\"" + DEVICE_A + "\"}")));
			assertThat(outcome.outcome()).isEqualTo(Outcome.REVOKED);
			assertThat(outcome.line()).isEqualTo(2);
			assertThat(outcome.httpStatus()).isEqualTo(200);
			assertThat(outcome.attempts()).isEqualTo(1);
			assertThat(outcome.seamRequestId()).isEqualTo("req_1");
			assertThat(outcome.errorType()).isNull();
			assertThat(outcome.processedAt()).isEqualTo(NOW);
		}

		@Test
		void rejectionIsAFailedRowWithSeamsErrorAndIsNotSentAgain() {
			seam.stubFor(post(REVOKE).willReturn(seamError(404, "device_not_found", "Device not found")));

			RevocationOutcome outcome = revoker(false).process(pair(3));

			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(outcome.httpStatus()).isEqualTo(404);
			assertThat(outcome.errorType()).isEqualTo("device_not_found");
			assertThat(outcome.errorMessage()).isEqualTo("Device not found");
			assertThat(outcome.attempts()).isEqualTo(1);
		}

		@Test
		void transientAnswerIsRetriedAndTheRowCountsEveryAttempt() {
			stubSequence(seam, aResponse().withStatus(503), aResponse().withStatus(503), ok());

			RevocationOutcome outcome = revoker(false).process(pair(4));

			seam.verify(3, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.REVOKED);
			assertThat(outcome.attempts()).isEqualTo(3);
		}

		@Test
		void answerThatNeverStopsFailingIsAFailedRowThatSaysSo() {
			seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(503)));

			RevocationOutcome outcome = revoker(false).process(pair(5));

			seam.verify(4, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(outcome.attempts()).isEqualTo(4);
			assertThat(outcome.errorMessage()).startsWith("gave up after 4 attempts: HTTP 503");
		}

	}

	@Nested
	class WithoutACall {

		@Test
		void invalidRowIsRecordedWithItsReasonAndNothingIsSent() {
			RevocationOutcome outcome = revoker(false).process(RevocationRequest.of(6, 6, "not-a-uuid", DEVICE_A));

			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.INVALID);
			assertThat(outcome.errorMessage()).isNotBlank();
			assertThat(outcome.attempts()).isZero();
		}

		@Test
		void duplicateRowNamesItsFirstLineAndNothingIsSent() {
			RevocationOutcome outcome = revoker(false).process(pair(9).asDuplicateOf(2));

			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.DUPLICATE);
			assertThat(outcome.errorMessage()).isEqualTo("same pair as line 2");
		}

		@Test
		void dryRunSendsNothing() {
			RevocationOutcome outcome = revoker(true).process(pair(7));

			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
			assertThat(outcome.outcome()).isEqualTo(Outcome.DRY_RUN);
			assertThat(outcome.attempts()).isZero();
		}

	}

	private SeamRevoker revoker(boolean dryRun) {
		return new SeamRevoker(seam.client(), dryRun, new GrantedDevices(seam.client(), Set.of()), CLOCK);
	}

	private static RevocationRequest pair(long line) {
		return RevocationRequest.of(line, line, USER, DEVICE_A);
	}

}
