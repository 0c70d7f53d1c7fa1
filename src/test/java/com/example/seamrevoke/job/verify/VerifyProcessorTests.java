package com.example.seamrevoke.job.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.settings.RevokeProperties;
import com.example.seamrevoke.testsupport.SeamOnLoopback;

import static com.example.seamrevoke.testsupport.SeamStubs.DEVICES;
import static com.example.seamrevoke.testsupport.SeamStubs.ENTRANCES;
import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.devices;
import static com.example.seamrevoke.testsupport.SeamStubs.entrances;
import static com.example.seamrevoke.testsupport.SeamStubs.seamError;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_B;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_C;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * After the revokes, what Seam still lists for a user identity decides each of its rows:
 * VERIFIED only when the device is gone (Seam on WireMock at 127.0.0.1).
 */
class VerifyProcessorTests {

	private static final Instant REVOKED_AT = Instant.parse("2026-01-05T10:00:00Z");

	private static final Instant NOW = Instant.parse("2026-01-05T10:05:00Z");

	private static final String PERSON = "id:" + USER;

	@RegisterExtension
	static SeamOnLoopback seam = new SeamOnLoopback();

	@Nested
	class Person {

		@Test
		void deviceGoneIsVerifiedOneStillListedIsNotAndANewOneGetsARowOfItsOwn() {
			// given: a person's two revoked devices; Seam still lists B and a third, C
			IdentityToVerify identity = identity(row(3, 0, DEVICE_A, Outcome.REVOKED, PERSON),
					row(3, 1, DEVICE_B, Outcome.REVOKED, PERSON));
			seam.stubFor(post(DEVICES).willReturn(devices(DEVICE_B, DEVICE_C)));
			seam.stubFor(post(ENTRANCES).willReturn(entrances("Front door", "Garage")));

			// when
			IdentityVerification verification = processor().process(identity);

			// then
			assertThat(verification.rows())
				.extracting(RevocationOutcome::deviceId, RevocationOutcome::verification, RevocationOutcome::verifiedAt)
				.containsExactly(tuple(DEVICE_A, Verification.VERIFIED, NOW),
						tuple(DEVICE_B, Verification.STILL_ACCESSIBLE, NOW));
			// the device and both entrances still listed are named, each a row of its own
			assertThat(verification.found())
				.extracting((found) -> found.target().kind(), (found) -> found.target().id(), RevocationOutcome::item)
				.containsExactly(tuple(TargetKind.DEVICE, DEVICE_C, 2), tuple(TargetKind.ACS_ENTRANCE, "entrance-0", 3),
						tuple(TargetKind.ACS_ENTRANCE, "entrance-1", 4));
			assertThat(verification.found()).allSatisfy((found) -> {
				assertThat(found.line()).isEqualTo(3);
				assertThat(found.outcome()).isEqualTo(Outcome.FOUND_AFTER_EXPANSION);
				assertThat(found.verification()).isEqualTo(Verification.STILL_ACCESSIBLE);
				assertThat(found.attempts()).isZero();
			});
			seam.verify(1, postRequestedFor(urlEqualTo(DEVICES))
				.withRequestBody(equalToJson("{\"user_identity_id\":\"" + USER + "\"}")));
			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
		}

		@Test
		void deviceStillListedInAnotherCaseIsStillAccessible() {
			IdentityToVerify identity = identity(row(3, 0, DEVICE_A, Outcome.REVOKED, PERSON));
			seam.stubFor(post(DEVICES).willReturn(devices(DEVICE_A.toUpperCase(Locale.ROOT))));
			seam.stubFor(post(ENTRANCES).willReturn(entrances()));

			IdentityVerification verification = processor().process(identity);

			assertThat(verification.rows()).extracting(RevocationOutcome::verification)
				.containsExactly(Verification.STILL_ACCESSIBLE);
			assertThat(verification.found()).isEmpty();
			assertThat(verification.acsEntrances()).isEqualTo("0");
		}

		@Test
		void personWithNothingToRevokeIsVerifiedWhileSeamStillListsNothing() {
			IdentityToVerify identity = identity(row(4, 0, "", Outcome.NOTHING_TO_REVOKE, PERSON));
			seam.stubFor(post(DEVICES).willReturn(devices()));
			seam.stubFor(post(ENTRANCES).willReturn(entrances()));

			IdentityVerification verification = processor().process(identity);

			assertThat(verification.rows()).extracting(RevocationOutcome::verification)
				.containsExactly(Verification.VERIFIED);
		}

		@Test
		void unansweredListingLeavesEveryRowNotVerified() {
			IdentityToVerify identity = identity(row(3, 0, DEVICE_A, Outcome.REVOKED, PERSON),
					row(3, 1, DEVICE_B, Outcome.FAILED, PERSON));
			seam.stubFor(
					post(DEVICES).willReturn(seamError(404, "user_identity_not_found", "User identity not found")));
			seam.stubFor(
					post(ENTRANCES).willReturn(seamError(404, "user_identity_not_found", "User identity not found")));

			IdentityVerification verification = processor().process(identity);

			assertThat(verification.rows()).extracting(RevocationOutcome::verification)
				.containsExactly(Verification.NOT_VERIFIED, Verification.NOT_VERIFIED);
			assertThat(verification.found()).isEmpty();
			assertThat(verification.acsEntrances()).isEqualTo("not listed: User identity not found");
		}

	}

	@Nested
	class Pairs {

		@Test
		void areCheckedButEntrancesAreNotListed() {
			IdentityToVerify identity = identity(row(2, 0, DEVICE_A, Outcome.REVOKED, null),
					row(5, 0, DEVICE_B, Outcome.REVOKED, null));
			seam.stubFor(post(DEVICES).willReturn(devices(DEVICE_B)));

			IdentityVerification verification = processor().process(identity);

			assertThat(verification.rows()).extracting(RevocationOutcome::line, RevocationOutcome::verification)
				.containsExactly(tuple(2L, Verification.VERIFIED), tuple(5L, Verification.STILL_ACCESSIBLE));
			assertThat(verification.found()).isEmpty();
			assertThat(verification.acsEntrances()).isNull();
			seam.verify(0, postRequestedFor(urlEqualTo(ENTRANCES)));
		}

	}

	private VerifyProcessor processor() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		PersonVerification people = new PersonVerification(seam.client(),
				new RevokeProperties.Verify(Duration.ZERO, Duration.ofMillis(10), Duration.ofMillis(10)), clock,
				(millis) -> {
				}, () -> false);
		return new VerifyProcessor(seam.client(), people, clock);
	}

	/** The identity with its rows, as the step's reader loads them. */
	private static IdentityToVerify identity(RevocationOutcome... rows) {
		return new IdentityToVerify(USER, List.of(rows));
	}

	private static RevocationOutcome row(long line, int item, String deviceId, Outcome outcome,
			@Nullable String personRef) {
		return RevocationOutcome.builder(line, line, item)
			.userIdentityId(USER)
			.deviceId(deviceId)
			.outcome(outcome)
			.seamAnswer(200, null, null, 1, null)
			.processedAt(REVOKED_AT)
			.person(null, personRef)
			.target(deviceId.isEmpty() ? null : Target.device(deviceId))
			.build();
	}

}
