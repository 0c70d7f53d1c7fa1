package com.example.seamrevoke.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.sandbox.SandboxRoster.AcsUser;
import com.example.seamrevoke.sandbox.SandboxRoster.Door;
import com.example.seamrevoke.sandbox.SandboxRoster.Grant;
import com.example.seamrevoke.sandbox.SandboxRoster.Person;
import com.example.seamrevoke.sandbox.SandboxRoster.Sync;

/**
 * What the roster's people can open now, and the removals that changed it, for the life
 * of the sandbox. A device revoke removes a direct link, never what a grant gives; a
 * deleted grant takes its devices and entrances with it; an access system applies a
 * revocation at once, {@link #LATE} seconds late, or never. Thread-safe.
 */
final class SandboxAccess {

	static final Duration LATE = Duration.ofSeconds(3);

	private final Map<String, Person> byKey = index(Person::key);

	private final Map<String, Person> byId = index(Person::id);

	private final Set<String> revokedPairs = ConcurrentHashMap.newKeySet();

	private final Set<String> deletedGrants = ConcurrentHashMap.newKeySet();

	private final Set<String> revokedSessions = ConcurrentHashMap.newKeySet();

	private final Map<String, Long> acsRevokedAt = new ConcurrentHashMap<>();

	private final LongSupplier nanoClock;

	SandboxAccess(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	@Nullable Person find(@Nullable String userIdentityId, @Nullable String userIdentityKey) {
		if (userIdentityId != null) {
			return byId.get(userIdentityId.toLowerCase(Locale.ROOT));
		}
		return userIdentityKey == null ? null : byKey.get(userIdentityKey);
	}

	void revokeDevice(String userIdentityId, String deviceId) {
		revokedPairs.add(pair(userIdentityId, deviceId));
	}

	/** The live grants of one person, or of the whole workspace when no one is named. */
	List<Grant> grants(@Nullable Person person) {
		List<Person> whose = person == null ? SandboxRoster.PEOPLE : List.of(person);
		return whose.stream()
			.flatMap(p -> p.grants().stream())
			.filter(grant -> !deletedGrants.contains(grant.id()))
			.toList();
	}

	@Nullable String ownerOfGrant(String accessGrantId) {
		return SandboxRoster.PEOPLE.stream()
			.filter(p -> p.grants().stream().anyMatch(grant -> grant.id().equalsIgnoreCase(accessGrantId)))
			.map(Person::id)
			.findFirst()
			.orElse(null);
	}

	/** False when there is no such live grant (never was, or deleted already). */
	boolean deleteGrant(String accessGrantId) {
		return ownerOfGrant(accessGrantId) != null && deletedGrants.add(accessGrantId.toLowerCase(Locale.ROOT));
	}

	@Nullable AcsUser acsUser(String acsUserId) {
		return SandboxRoster.PEOPLE.stream()
			.flatMap(p -> p.acsUsers().stream())
			.filter(user -> user.id().equalsIgnoreCase(acsUserId))
			.findFirst()
			.orElse(null);
	}

	/** Seam accepts at once; the access system applies it as its {@link Sync} says. */
	void revokeAllEntrances(AcsUser user) {
		acsRevokedAt.putIfAbsent(user.id(), nanoClock.getAsLong());
	}

	/** A revocation accepted but not applied by the access system yet. */
	boolean pending(AcsUser user) {
		return acsRevokedAt.containsKey(user.id()) && !applied(user);
	}

	List<String> sessions(Person person) {
		return person.sessions().stream().filter(id -> !revokedSessions.contains(id)).toList();
	}

	boolean revokeSession(String clientSessionId) {
		boolean known = SandboxRoster.PEOPLE.stream().anyMatch(p -> p.sessions().contains(clientSessionId));
		return known && revokedSessions.add(clientSessionId);
	}

	List<Door> accessibleDevices(Person person) {
		List<Door> devices = new ArrayList<>(person.devices()
			.stream()
			.filter(device -> !revokedPairs.contains(pair(person.id(), device.id())))
			.toList());
		grants(person).forEach(grant -> devices.addAll(grant.devices()));
		return distinct(devices);
	}

	List<Door> accessibleEntrances(Person person) {
		List<Door> entrances = new ArrayList<>();
		person.acsUsers().stream().filter(user -> !applied(user)).forEach(user -> entrances.addAll(user.entrances()));
		grants(person).forEach(grant -> entrances.addAll(grant.entrances()));
		return distinct(entrances);
	}

	private boolean applied(AcsUser user) {
		Long revokedAt = acsRevokedAt.get(user.id());
		if (revokedAt == null) {
			return false;
		}
		return switch (user.sync()) {
			case AT_ONCE -> true;
			case LATE -> nanoClock.getAsLong() - revokedAt >= LATE.toNanos();
			case NEVER -> false;
		};
	}

	private static List<Door> distinct(List<Door> doors) {
		Map<String, Door> byId = new LinkedHashMap<>();
		doors.forEach(door -> byId.putIfAbsent(door.id(), door));
		return List.copyOf(byId.values());
	}

	private static String pair(String userIdentityId, String deviceId) {
		return (userIdentityId + "/" + deviceId).toLowerCase(Locale.ROOT);
	}

	private static Map<String, Person> index(Function<Person, String> key) {
		return SandboxRoster.PEOPLE.stream().collect(Collectors.toMap(key, Function.identity()));
	}

}
