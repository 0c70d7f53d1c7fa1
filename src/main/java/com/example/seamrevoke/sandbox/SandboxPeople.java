package com.example.seamrevoke.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The sandbox's user identities (docs/operations.md, "Sandbox"): employees with keys, the
 * devices they can open, and one whose Parking gate comes from an access grant that a
 * revoke does not remove, so a verification shows both VERIFIED and STILL_ACCESSIBLE.
 * Revokes are remembered for the life of the sandbox. Thread-safe.
 */
final class SandboxPeople {

	record Device(String id, String name, boolean viaAccessGrant) {
	}

	record Person(String key, String id, String name, List<Device> devices, List<String> entrances) {
	}

	static final List<Person> ROSTER = List.of(
			person(1001, "Avery Quinn", List.of(device(1001, 1, "Front door"), device(1001, 2, "Back office"))),
			person(1002, "Blake Rivera", List.of(device(1002, 1, "Server room"))), person(1003, "Casey Lin", List.of()),
			new Person("emp-1004", id(1004), "Devon Park",
					List.of(device(1004, 1, "Main entrance"),
							new Device(deviceId(1004, 2), "Parking gate (access grant)", true)),
					List.of("Lobby turnstile")),
			person(1005, "Emery Shah",
					List.of(device(1005, 1, "Front door"), device(1005, 2, "Storage"), device(1005, 3, "Roof access"))),
			person(1006, "Finley Ortiz", List.of(device(1006, 1, "Front door"))));

	private final Map<String, Person> byKey = ROSTER.stream()
		.collect(Collectors.toMap(Person::key, Function.identity()));

	private final Map<String, Person> byId = ROSTER.stream().collect(Collectors.toMap(Person::id, Function.identity()));

	private final Set<String> revoked = ConcurrentHashMap.newKeySet();

	@Nullable Person find(@Nullable String userIdentityId, @Nullable String userIdentityKey) {
		if (userIdentityId != null) {
			return byId.get(userIdentityId.toLowerCase(Locale.ROOT));
		}
		return userIdentityKey == null ? null : byKey.get(userIdentityKey);
	}

	boolean knows(String userIdentityId) {
		return byId.containsKey(userIdentityId.toLowerCase(Locale.ROOT));
	}

	/** A revoke removes a direct device, never one that comes from an access grant. */
	void revoke(String userIdentityId, String deviceId) {
		revoked.add(pair(userIdentityId, deviceId));
	}

	List<Device> accessibleDevices(Person person) {
		return person.devices()
			.stream()
			.filter(device -> device.viaAccessGrant() || !revoked.contains(pair(person.id(), device.id())))
			.toList();
	}

	private static String pair(String userIdentityId, String deviceId) {
		return (userIdentityId + "/" + deviceId).toLowerCase(Locale.ROOT);
	}

	private static Person person(int employee, String name, List<Device> devices) {
		return new Person("emp-" + employee, id(employee), name, devices, List.of());
	}

	private static Device device(int employee, int n, String name) {
		return new Device(deviceId(employee, n), name, false);
	}

	static String id(int employee) {
		return String.format("5eed0000-0000-4000-a000-%012d", employee);
	}

	private static String deviceId(int employee, int n) {
		return String.format("5eedd000-0000-4000-b000-%08d%04d", employee, n);
	}

}
