package com.example.seamrevoke.seam;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Seam endpoints this job uses, each a body built and an answer read; every call goes
 * through one {@link SeamCaller} (one rate limiter, retry, classification and call
 * guard). Listings of a person always carry the person's {@code user_identity_id}: a
 * listing without it would answer for the whole workspace. Thread-safe.
 */
public class SeamClient {

	static final String REVOKE_PATH = "/user_identities/revoke_access_to_device";

	static final String GET_PATH = "/user_identities/get";

	static final String DEVICES_PATH = "/user_identities/list_accessible_devices";

	static final String ENTRANCES_PATH = "/user_identities/list_accessible_entrances";

	static final String ACS_USERS_PATH = "/user_identities/list_acs_users";

	static final String DELETE_GRANT_PATH = "/access_grants/delete";

	static final String REVOKE_ENTRANCES_PATH = "/acs/users/revoke_access_to_all_entrances";

	static final String ACS_USER_PATH = "/acs/users/get";

	static final String SESSIONS_PATH = "/client_sessions/list";

	static final String REVOKE_SESSION_PATH = "/client_sessions/revoke";

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
	 * The devices the identity can open, directly or through access grants
	 * ({@code devices}, not the deprecated {@code accessible_devices}).
	 */
	public SeamLookup<List<SeamResource>> listAccessibleDevices(String userIdentityId) {
		return SeamLists.items(callFor(DEVICES_PATH, userIdentityId), "devices", "device_id");
	}

	/** The access-control entrances the identity can open (not paginated). */
	public SeamLookup<List<SeamResource>> listAccessibleEntrances(String userIdentityId) {
		return SeamLists.items(callFor(ENTRANCES_PATH, userIdentityId), "acs_entrances", "acs_entrance_id");
	}

	/** The identity's accounts in access-control systems. */
	public SeamLookup<List<SeamResource>> listAcsUsers(String userIdentityId) {
		return SeamLists.items(callFor(ACS_USERS_PATH, userIdentityId), "acs_users", "acs_user_id");
	}

	/** The identity's client sessions (mobile apps). */
	public SeamLookup<List<SeamResource>> listClientSessions(String userIdentityId) {
		return SeamLists.items(callFor(SESSIONS_PATH, userIdentityId), "client_sessions", "client_session_id");
	}

	/**
	 * Every access grant of the identity, page after page, always filtered by its id.
	 */
	public SeamLookup<List<SeamResource>> listAccessGrants(String userIdentityId) {
		return new AccessGrantPages(caller, personBody(userIdentityId)).all();
	}

	public SeamResult deleteAccessGrant(String accessGrantId) {
		return caller.call(DELETE_GRANT_PATH, Map.of("access_grant_id", accessGrantId)).result();
	}

	/**
	 * By {@code acs_user_id} only: exactly the account recorded, never all of a person's.
	 */
	public SeamResult revokeAccessToAllEntrances(String acsUserId) {
		return caller.call(REVOKE_ENTRANCES_PATH, Map.of("acs_user_id", acsUserId)).result();
	}

	/** How many changes Seam is still pushing to the access system for this account. */
	public SeamLookup<Integer> pendingMutations(String acsUserId) {
		SeamCall call = caller.call(ACS_USER_PATH, Map.of("acs_user_id", acsUserId));
		JsonNode user = call.field("acs_user");
		if (!call.result().succeeded() || !user.isObject()) {
			return SeamLookup.failed(call.result().succeeded() ? call.unexpected("acs_user") : call.result());
		}
		JsonNode pending = user.path("pending_mutations");
		return new SeamLookup<>(call.result(), pending.isArray() ? pending.size() : 0);
	}

	public SeamResult revokeClientSession(String clientSessionId) {
		return caller.call(REVOKE_SESSION_PATH, Map.of("client_session_id", clientSessionId)).result();
	}

	private SeamCall callFor(String path, String userIdentityId) {
		return caller.call(path, personBody(userIdentityId));
	}

	/** Refuses an empty id: without it a listing would name the whole workspace. */
	static Map<String, String> personBody(String userIdentityId) {
		if (userIdentityId == null || userIdentityId.isBlank()) {
			throw new IllegalArgumentException("a listing of a person needs their user_identity_id");
		}
		return Map.of("user_identity_id", userIdentityId);
	}

}
