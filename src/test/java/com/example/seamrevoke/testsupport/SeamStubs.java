package com.example.seamrevoke.testsupport;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

/**
 * Seam's answers for WireMock, as the "How Seam's answers are handled" table of
 * docs/operations.md lists them.
 */
public final class SeamStubs {

	/** The one endpoint the job calls. */
	public static final String REVOKE = "/user_identities/revoke_access_to_device";

	private SeamStubs() {
	}

	/** Seam's success answer. */
	public static ResponseDefinitionBuilder ok() {
		return okJson("{\"ok\":true}");
	}

	/** Seam's JSON error, with a request id as Seam sends one. */
	public static ResponseDefinitionBuilder seamError(int status, String type, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("seam-request-id", "req_err")
			.withBody("{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
	}

	/**
	 * Answers the revoke calls with {@code answers} in turn, then keeps giving the last
	 * one.
	 */
	public static void stubSequence(WireMockExtension seam, ResponseDefinitionBuilder... answers) {
		String state = Scenario.STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = (i == answers.length - 1) ? state : "answer-" + (i + 1);
			seam.stubFor(post(REVOKE).inScenario("sequence")
				.whenScenarioStateIs(state)
				.willReturn(answers[i])
				.willSetStateTo(next));
			state = next;
		}
	}

}
