package com.example.seamrevoke.sandbox;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake Seam API answers as Seam documents, in JSON that Jackson writes. */
class FakeSeamTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FakeSeam seam = new FakeSeam(new SandboxPeople());

	@Test
	void anUnknownPathIsAJsonErrorNamingItEscaped() {
		SandboxAnswer answer = seam.answer("/x\"},\"ok\":true,\"y", body());

		JsonNode written = JSON.readTree(JSON.writeValueAsString(answer.body()));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(written.has("ok")).isFalse();
		assertThat(written.path("error").path("message").asString()).isEqualTo("No route for /x\"},\"ok\":true,\"y");
	}

	@Test
	void aKnownPersonIsFoundByKeyAndTheirRevokedDeviceIsNoLongerListed() {
		JsonNode identity = seam.answer("/user_identities/get", body("user_identity_key", "emp-1001")).body();
		String id = identity.path("user_identity").path("user_identity_id").asString();
		String frontDoor = seam.answer("/user_identities/list_accessible_devices", body("user_identity_id", id))
			.body()
			.path("devices")
			.get(0)
			.path("device_id")
			.asString();

		seam.answer("/user_identities/revoke_access_to_device", body("user_identity_id", id, "device_id", frontDoor));

		assertThat(seam.answer("/user_identities/list_accessible_devices", body("user_identity_id", id))
			.body()
			.path("devices")
			.findValuesAsString("display_name")).containsExactly("Back office");
	}

	private static JsonNode body(String... fields) {
		ObjectNode body = JSON.createObjectNode();
		for (int i = 0; i < fields.length; i += 2) {
			body.put(fields[i], fields[i + 1]);
		}
		return body;
	}

}
