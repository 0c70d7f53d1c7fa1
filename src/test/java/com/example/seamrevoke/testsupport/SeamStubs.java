package com.example.seamrevoke.testsupport;

import java.util.Arrays;
import java.util.stream.Collectors;

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

	/** The endpoint that revokes one pair. */
	public static final String REVOKE = "/user_identities/revoke_access_to_device";

	/** The endpoint that finds a person, by user identity id or by key. */
	public static final String GET_IDENTITY = "/user_identities/get";

	/** The endpoint that lists the devices a person can open. */
	public static final String DEVICES = "/user_identities/list_accessible_devices";

	/** The endpoint that lists the access-control entrances a person can open. */
	public static final String ENTRANCES = "/user_identities/list_accessible_entrances";

	/** The endpoint that lists a person's access grants, a page at a time. */
	public static final String ACCESS_GRANTS = "/access_grants/list";

	/** The endpoint that lists a person's access-control users. */
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

	/** Seam's answer to {@link #GET_IDENTITY}. */
	public static ResponseDefinitionBuilder identity(String userIdentityId, String userIdentityKey) {
		return okJson("{\"user_identity\":{\"user_identity_id\":\"" + userIdentityId + "\",\"user_identity_key\":\""
				+ userIdentityKey + "\",\"display_name\":\"Jane Doe\"}}");
	}

	/** Seam's answer to {@link #DEVICES}: these devices, in this order. */
	public static ResponseDefinitionBuilder devices(String... deviceIds) {
		return okJson("{\"devices\":[" + Arrays.stream(deviceIds)
			.map((id) -> "{\"device_id\":\"" + id + "\"}")
			.collect(Collectors.joining(",")) + "]}");
	}

	/** Seam's answer to {@link #ENTRANCES}: entrances of these names. */
	public static ResponseDefinitionBuilder entrances(String... names) {
		StringBuilder json = new StringBuilder("{\"acs_entrances\":[");
		for (int i = 0; i < names.length; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"acs_entrance_id\":\"entrance-")
				.append(i)
				.append("\",\"display_name\":\"")
				.append(names[i])
				.append("\"}");
		}
		return okJson(json.append("]}").toString());
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
