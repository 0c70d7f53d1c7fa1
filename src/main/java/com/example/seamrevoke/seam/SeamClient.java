package com.example.seamrevoke.seam;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Seam's user identity endpoints: revoke one (user identity, device) pair, look up a user
 * identity, list what it can still open. Each builds a body and reads the answer; every
 * call goes through one {@link SeamCaller} (one rate limiter, retry, classification and
 * call guard). Thread-safe; the step's workers share one instance.
 */
public class SeamClient {

	static final String REVOKE_PATH = "/user_identities/revoke_access_to_device";

	static final String GET_PATH = "/user_identities/get";

	static final String DEVICES_PATH = "/user_identities/list_accessible_devices";

	static final String ENTRANCES_PATH = "/user_identities/list_accessible_entrances";

	private final SeamCaller caller;

	SeamClient(SeamCaller caller) {
		this.caller = caller;
	}

	public SeamResult revoke(String userIdentityId, String deviceId) {
		return caller.call(REVOKE_PATH, Map.of("user_identity_id", userIdentityId, "device_id", deviceId)).result();
	}

	/** {@code /user_identities/get} by id when one is given, else by key. */
	public SeamLookup<UserIdentity> getUserIdentity(@Nullable String userIdentityId, @Nullable String userIdentityKey) {
		Map<String, String> body = (userIdentityId != null && !userIdentityId.isEmpty())
				? Map.of("user_identity_id", userIdentityId)
				: Map.of("user_identity_key", String.valueOf(userIdentityKey));
		SeamCall call = caller.call(GET_PATH, body);
		JsonNode identity = call.field("user_identity");
		if (!call.result().succeeded() || !identity.isObject() || !identity.path("user_identity_id").isString()) {
			return SeamLookup.failed(call.result().succeeded() ? call.unexpected("user_identity") : call.result());
		}
		return new SeamLookup<>(call.result(), new UserIdentity(identity.path("user_identity_id").asString(),
				identity.path("user_identity_key").asString(null), identity.path("display_name").asString(null)));
	}

	/**
	 * The devices the identity can open ({@code devices}, not the deprecated
	 * {@code accessible_devices}).
	 */
	public SeamLookup<List<SeamResource>> listAccessibleDevices(String userIdentityId) {
		return SeamLists.items(caller.call(DEVICES_PATH, Map.of("user_identity_id", userIdentityId)), "devices",
				"device_id");
	}

	/**
	 * The access-control entrances the identity can open: revoking devices does not touch
	 * them.
	 */
	public SeamLookup<List<SeamResource>> listAccessibleEntrances(String userIdentityId) {
		return SeamLists.items(caller.call(ENTRANCES_PATH, Map.of("user_identity_id", userIdentityId)), "acs_entrances",
				"acs_entrance_id");
	}

}
