package com.example.seamrevoke.job.expand;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.testsupport.SeamOnLoopback;
import com.example.seamrevoke.testsupport.SeamStubs;

import static com.example.seamrevoke.testsupport.SeamStubs.DEVICES;
import static com.example.seamrevoke.testsupport.SeamStubs.GET_IDENTITY;
import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.SeamStubs.devices;
import static com.example.seamrevoke.testsupport.SeamStubs.identity;
import static com.example.seamrevoke.testsupport.SeamStubs.seamError;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_B;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_C;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A person becomes the devices Seam lists for them, recorded PENDING before anything is
 * revoked (WireMock on 127.0.0.1 as Seam).
 */
class ExpandProcessorTests {

	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final String KEY = "jane.doe@example.com";

	@RegisterExtension
	static SeamOnLoopback seam = new SeamOnLoopback();

	@BeforeEach
	void noOtherRoads() {
		// the roads this class does not test: no grant, no access-control user
		SeamStubs.noGrantsNorAcsUsers(seam);
	}

	@Nested
	class PersonSeamKnows {

		@Test
		void becomesOnePendingRowPerDistinctDeviceOnThePersonsLineAndRevokesNothing() {
			seam.stubFor(post(GET_IDENTITY).willReturn(identity(USER, KEY)));
			seam.stubFor(post(DEVICES).willReturn(devices(DEVICE_A, DEVICE_B, DEVICE_A)));

			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(4, 4, USER, ""));

			assertThat(rows)
				.extracting(RevocationOutcome::line, RevocationOutcome::item, RevocationOutcome::deviceId,
						RevocationOutcome::outcome)
				.containsExactly(tuple(4L, 0, DEVICE_A, Outcome.PENDING), tuple(4L, 1, DEVICE_B, Outcome.PENDING));
			assertThat(rows).allSatisfy((row) -> {
				assertThat(row.userIdentityId()).isEqualTo(USER);
				assertThat(row.userIdentityKey()).isEqualTo(KEY);
				assertThat(row.personRef()).isEqualTo("id:" + USER);
				assertThat(row.processedAt()).isEqualTo(NOW);
			});
			seam.verify(1, postRequestedFor(urlEqualTo(GET_IDENTITY))
				.withRequestBody(equalToJson("{\"user_identity_id\":\"" + USER + "\"}")));
			seam.verify(1, postRequestedFor(urlEqualTo(DEVICES))
				.withRequestBody(equalToJson("{\"user_identity_id\":\"" + USER + "\"}")));
			seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)));
		}

		@Test
		void personNamedByKeyIsLookedUpByKeyAndListedByTheIdSeamGives() {
			seam.stubFor(post(GET_IDENTITY).willReturn(identity(USER, KEY)));
			seam.stubFor(post(DEVICES).willReturn(devices(DEVICE_C)));

			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(5, 5, "", KEY));

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(Outcome.PENDING);
				assertThat(row.userIdentityId()).isEqualTo(USER);
				assertThat(row.deviceId()).isEqualTo(DEVICE_C);
				assertThat(row.personRef()).isEqualTo("key:" + KEY);
			});
			seam.verify(1, postRequestedFor(urlEqualTo(GET_IDENTITY))
				.withRequestBody(equalToJson("{\"user_identity_key\":\"" + KEY + "\"}")));
			seam.verify(1, postRequestedFor(urlEqualTo(DEVICES))
				.withRequestBody(equalToJson("{\"user_identity_id\":\"" + USER + "\"}")));
		}

		@Test
		void personWithNoDeviceIsOneNothingToRevokeRowCountingEveryCall() {
			seam.stubFor(post(GET_IDENTITY).willReturn(identity(USER, KEY)));
			seam.stubFor(post(DEVICES).willReturn(devices()));

			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(6, 6, USER, ""));

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(Outcome.NOTHING_TO_REVOKE);
				assertThat(row.deviceId()).isEmpty();
				// the lookup and the three listings: grants,
				// access-control users, devices
				assertThat(row.attempts()).isEqualTo(4);
			});
		}

	}

	@Nested
	class PersonSeamCannotList {

		@Test
		void unknownPersonIsOneFailedRowWithSeamsErrorAndNoListing() {
			seam.stubFor(post(GET_IDENTITY).willReturn(seamError(404, "user_identity_not_found", "Not found")));

			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(7, 7, USER, ""));

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(Outcome.FAILED);
				assertThat(row.line()).isEqualTo(7);
				assertThat(row.httpStatus()).isEqualTo(404);
				assertThat(row.errorType()).isEqualTo("user_identity_not_found");
			});
			seam.verify(0, postRequestedFor(urlEqualTo(DEVICES)));
		}

		@Test
		void refusedListingIsOneFailedRowCountingEveryCall() {
			seam.stubFor(post(GET_IDENTITY).willReturn(identity(USER, KEY)));
			seam.stubFor(post(DEVICES).willReturn(seamError(400, "invalid_input", "bad user identity")));

			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(8, 8, USER, ""));

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(Outcome.FAILED);
				assertThat(row.errorType()).isEqualTo("invalid_input");
				// the lookup and the three listings: grants,
				// access-control users, devices
				assertThat(row.attempts()).isEqualTo(4);
			});
		}

	}

	@Nested
	class WithoutACall {

		@Test
		void pairIsRecordedPendingAsItIs() {
			RevocationRequest device = RevocationRequest.device(9, 2, 9, USER, DEVICE_B, KEY, "key:" + KEY);

			List<RevocationOutcome> rows = expander(false).process(device);

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(Outcome.PENDING);
				assertThat(row.item()).isEqualTo(2);
				assertThat(row.deviceId()).isEqualTo(DEVICE_B);
			});
			seam.verify(0, postRequestedFor(anyUrl()));
		}

		@Test
		void personWithNeitherIdNorKeyIsInvalid() {
			List<RevocationOutcome> rows = expander(false).process(RevocationRequest.person(10, 10, "", ""));

			assertThat(rows).singleElement().extracting(RevocationOutcome::outcome).isEqualTo(Outcome.INVALID);
			seam.verify(0, postRequestedFor(anyUrl()));
		}

		@Test
		void dryRunLooksNobodyUp() {
			List<RevocationOutcome> rows = expander(true).process(RevocationRequest.person(11, 11, USER, ""));

			assertThat(rows).singleElement().extracting(RevocationOutcome::outcome).isEqualTo(Outcome.DRY_RUN);
			seam.verify(0, postRequestedFor(anyUrl()));
		}

	}

	private ExpandProcessor expander(boolean dryRun) {
		return new ExpandProcessor(seam.client(), dryRun, false, false, CLOCK);
	}

}
