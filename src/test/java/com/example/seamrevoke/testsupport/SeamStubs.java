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

	/** The revoke of one (user identity, device) pair. */
	public static final String REVOKE = "/user_identities/revoke_access_to_device";

	public static final String ACCESS_GRANTS = "/access_grants/list";

	public static final String ACS_USERS = "/user_identities/list_acs_users";

	private SeamStubs() {
	}

	/**
	 * A person has no access grant and no access-control user unless a test says so:
	 * answers below any stub a test adds.
	 */
	public static void noGrantsNorAcsUsers(WireMockExtension seam) {
		seam.stubFor(post(ACCESS_GRANTS).atPriority(100)
			.willReturn(okJson("{\"access_grants\":[],\"pagination\":{\"has_next_page\":false,"
					+ "\"next_page_cursor\":null},\"ok\":true}")));
		seam.stubFor(post(ACS_USERS).atPriority(100).willReturn(okJson("{\"acs_users\":[],\"ok\":true}")));
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
