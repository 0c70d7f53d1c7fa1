package com.example.seamrevoke.sandbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake Seam API answers as Seam documents: grants paged and filtered, a deleted grant
 * gone for good, access systems that apply a revocation at once, late or never.
 */
class FakeSeamTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private long now = 1_000_000_000L;

	private final FakeSeam seam = new FakeSeam(new SandboxAccess(() -> now));

	@Nested
	class AccessGrants {

		@Test
		void onePersonsGrantsComeTwoToAPageWithACursor() {
			String gray = SandboxRoster.id(1007);

			JsonNode first = ok("/access_grants/list", body("user_identity_id", gray));
			JsonNode second = ok("/access_grants/list", body("user_identity_id", gray, "page_cursor",
					first.path("pagination").path("next_page_cursor").asString()));

			assertThat(names(first, "access_grants", "name")).containsExactly("Lab wing", "Studio");
			assertThat(first.path("pagination").path("has_next_page").asBoolean()).isTrue();
			assertThat(names(second, "access_grants", "name")).containsExactly("Weekend");
			assertThat(second.path("pagination").path("has_next_page").asBoolean()).isFalse();
			assertThat(second.path("access_grants").findValuesAsString("user_identity_id")).containsOnly(gray);
		}

		@Test
		void withoutAUserIdentityTheWholeWorkspaceIsListedAsInSeam() {
			JsonNode page = ok("/access_grants/list", body());

			assertThat(page.path("access_grants").findValuesAsString("user_identity_id"))
				.contains(SandboxRoster.id(1004), SandboxRoster.id(1007));
		}

		@Test
		void aDeletedGrantTakesItsDevicesAndIsNotFoundTheSecondTime() {
			String devon = SandboxRoster.id(1004);
			String parking = ok("/access_grants/list", body("user_identity_id", devon)).path("access_grants")
				.get(0)
				.path("access_grant_id")
				.asString();

			ok("/access_grants/delete", body("access_grant_id", parking));
			SandboxAnswer again = seam.answer("/access_grants/delete", body("access_grant_id", parking));

			assertThat(again.status()).isEqualTo(404);
			assertThat(again.body().path("error").path("type").asString()).isEqualTo("access_grant_not_found");
			assertThat(names(ok("/user_identities/list_accessible_devices", body("user_identity_id", devon)), "devices",
					"display_name"))
				.containsExactly("Main entrance");
		}

	}

	@Nested
	class AccessSystems {

		@Test
		void aLateSystemKeepsTheEntranceAndAPendingChangeForAFewSeconds() {
			String indigo = SandboxRoster.id(1009);
			String acsUser = acsUserOf(indigo);

			ok("/acs/users/revoke_access_to_all_entrances", body("acs_user_id", acsUser));

			assertThat(entrances(indigo)).containsExactly("Warehouse gate");
			assertThat(pendingMutations(acsUser)).isEqualTo(1);
			now += TimeUnit.SECONDS.toNanos(SandboxAccess.LATE.toSeconds());
			assertThat(entrances(indigo)).isEmpty();
			assertThat(pendingMutations(acsUser)).isZero();
		}

		@Test
		void anOfflineSystemNeverAppliesTheRevocation() {
			String jules = SandboxRoster.id(1010);
			String acsUser = acsUserOf(jules);

			ok("/acs/users/revoke_access_to_all_entrances", body("acs_user_id", acsUser));
			now += TimeUnit.HOURS.toNanos(1);

			assertThat(entrances(jules)).containsExactly("Annex side door");
			assertThat(pendingMutations(acsUser)).isEqualTo(1);
		}

		@Test
		void bothIdsAtOnceAreRefusedAsSeamDoes() {
			String harper = SandboxRoster.id(1008);

			SandboxAnswer answer = seam.answer("/acs/users/revoke_access_to_all_entrances",
					body("acs_user_id", acsUserOf(harper), "user_identity_id", harper));

			assertThat(answer.status()).isEqualTo(400);
			assertThat(entrances(harper)).containsExactly("Main entrance (badge)");
		}

		@Test
		void revokingOnePersonLeavesTheColleagueOnTheSameSystemUntouched() {
			ok("/acs/users/revoke_access_to_all_entrances", body("acs_user_id", acsUserOf(SandboxRoster.id(1004))));

			assertThat(entrances(SandboxRoster.id(1004))).isEmpty();
			assertThat(entrances(SandboxRoster.id(2001))).containsExactly("Lobby turnstile", "Main entrance (badge)");
		}

	}

	@Test
	void anUnknownPathIsAJsonErrorNamingItEscaped() throws Exception {
		SandboxAnswer answer = seam.answer("/x\"},\"ok\":true,\"y", body());

		JsonNode written = JSON.readTree(JSON.writeValueAsString(answer.body()));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(written.has("ok")).isFalse();
		assertThat(written.path("error").path("message").asString()).isEqualTo("No route for /x\"},\"ok\":true,\"y");
	}

	private String acsUserOf(String userIdentityId) {
		return ok("/user_identities/list_acs_users", body("user_identity_id", userIdentityId)).path("acs_users")
			.get(0)
			.path("acs_user_id")
			.asString();
	}

	private List<String> entrances(String userIdentityId) {
		return names(ok("/user_identities/list_accessible_entrances", body("user_identity_id", userIdentityId)),
				"acs_entrances", "display_name");
	}

	private int pendingMutations(String acsUserId) {
		return ok("/acs/users/get", body("acs_user_id", acsUserId)).path("acs_user").path("pending_mutations").size();
	}

	private JsonNode ok(String path, JsonNode request) {
		SandboxAnswer answer = seam.answer(path, request);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		assertThat(answer.body().path("ok").asBoolean()).isTrue();
		return answer.body();
	}

	private static List<String> names(JsonNode body, String field, String name) {
		return body.path(field).findValuesAsString(name);
	}

	private static JsonNode body(String... fields) {
		ObjectNode body = JSON.createObjectNode();
		for (int i = 0; i < fields.length; i += 2) {
			body.put(fields[i], fields[i + 1]);
		}
		return body;
	}

}
