package com.example.seamrevoke.seam;

import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.testsupport.SeamOnLoopback;

import static com.example.seamrevoke.testsupport.SeamStubs.ACCESS_GRANTS;
import static com.example.seamrevoke.testsupport.SeamStubs.REVOKE;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bodies the Seam client sends and how it reads the answers, against WireMock on
 * 127.0.0.1 (docs/offboarding.md).
 */
class SeamClientTests {

	@RegisterExtension
	static SeamOnLoopback seam = new SeamOnLoopback();

	@Nested
	class AccessGrants {

		@Test
		void everyPageIsReadAndEachRequestNamesThePerson() {
			seam.stubFor(post(ACCESS_GRANTS).inScenario("pages")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(okJson(page("grant-1", "Lobby", "cursor-2")))
				.willSetStateTo("second"));
			seam.stubFor(post(ACCESS_GRANTS).inScenario("pages")
				.whenScenarioStateIs("second")
				.willReturn(okJson(page("grant-2", "Garage", null))));

			SeamLookup<List<SeamResource>> grants = seam.client().listAccessGrants(USER);

			assertThat(grants.found()).isTrue();
			assertThat(grants.value()).extracting(SeamResource::id, SeamResource::name)
				.containsExactly(tuple("grant-1", "Lobby"), tuple("grant-2", "Garage"));
			seam.verify(2, postRequestedFor(urlEqualTo(ACCESS_GRANTS))
				.withRequestBody(equalToJson("{\"user_identity_id\":\"" + USER + "\"}", true, true)));
			seam.verify(1, postRequestedFor(urlEqualTo(ACCESS_GRANTS))
				.withRequestBody(equalToJson("{\"page_cursor\":\"cursor-2\"}", true, true)));
		}

		@Test
		void aPersonWithoutAnIdIsNeverListedForTheWholeWorkspace() {
			assertThatIllegalArgumentException().isThrownBy(() -> seam.client().listAccessGrants(" "));

			seam.verify(0, postRequestedFor(urlEqualTo(ACCESS_GRANTS)));
		}

		private static String page(String id, String name, String nextCursor) {
			String cursor = (nextCursor != null) ? "\"" + nextCursor + "\"" : "null";
			return "{\"ok\":true,\"access_grants\":[{\"access_grant_id\":\"" + id + "\",\"user_identity_id\":\"" + USER
					+ "\",\"display_name\":\"" + name + "\"}],\"pagination\":{\"has_next_page\":" + (nextCursor != null)
					+ ",\"next_page_cursor\":" + cursor + "}}";
		}

	}

	@Nested
	class Revoke {

		@Test
		void sendsThePairAndSucceedsOnOk() {
			seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));

			SeamResult result = seam.client().revoke(USER, DEVICE_A);

			assertThat(result.succeeded()).isTrue();
			assertThat(result.attempts()).isEqualTo(1);
			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withRequestBody(
					equalToJson("{\"user_identity_id\":\"" + USER + "\",\"device_id\":\"" + DEVICE_A + "\"}")));
		}

		@Test
		void aTwoHundredWhoseBodySaysNotOkIsARefusalNotASuccess() {
			seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":false}")));

			SeamResult result = seam.client().revoke(USER, DEVICE_A);

			assertThat(result.succeeded()).isFalse();
			assertThat(result.httpStatus()).isEqualTo(200);
			assertThat(result.errorType()).isEqualTo("not_ok");
			seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
		}

	}

}
