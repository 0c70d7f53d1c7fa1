package com.example.seamrevoke.sandbox;

import java.util.List;

/**
 * The sandbox's people and every road they have to a door (docs/operations.md, "Sandbox";
 * docs/offboarding.md): devices linked directly, access grants (one person's over two
 * pages), access-control users in systems that apply a revocation at once, late, or
 * never, a client session, and a colleague who is in no sample file and keeps all of it.
 */
final class SandboxRoster {

	/** A device, or an entrance of an access-control system. */
	record Door(String id, String name, String acsSystemId) {
	}

	record Grant(String id, String name, List<Door> devices, List<Door> entrances) {
	}

	/**
	 * When the access system applies a revocation: a few seconds late, or never
	 * (offline).
	 */
	enum Sync {

		AT_ONCE, LATE, NEVER

	}

	record AcsUser(String id, String acsSystemId, String name, List<Door> entrances, Sync sync) {
	}

	record Person(String key, String id, String name, List<Door> devices, List<Grant> grants, List<AcsUser> acsUsers,
			List<String> sessions) {
	}

	static final String HEAD_OFFICE = "5eed5000-0000-4000-c000-000000000001";

	static final String WAREHOUSE = "5eed5000-0000-4000-c000-000000000002";

	static final String ANNEX = "5eed5000-0000-4000-c000-000000000003";

	static final Door LOBBY_TURNSTILE = new Door(entranceId(1), "Lobby turnstile", HEAD_OFFICE);

	static final Door MAIN_ENTRANCE_BADGE = new Door(entranceId(2), "Main entrance (badge)", HEAD_OFFICE);

	static final Door STUDIO = new Door(entranceId(3), "Studio", HEAD_OFFICE);

	static final Door WAREHOUSE_GATE = new Door(entranceId(4), "Warehouse gate", WAREHOUSE);

	static final Door ANNEX_SIDE_DOOR = new Door(entranceId(5), "Annex side door", ANNEX);

	static final Door LAB_DOOR = new Door(deviceId(0, 1), "Lab door", "");

	static final List<Person> PEOPLE = List.of(
			direct(1001, "Avery Quinn", device(1001, 1, "Front door"), device(1001, 2, "Back office")),
			direct(1002, "Blake Rivera", device(1002, 1, "Server room")), direct(1003, "Casey Lin"),
			new Person("emp-1004", id(1004), "Devon Park", List.of(device(1004, 1, "Main entrance")),
					List.of(new Grant(grantId(1004, 1), "Parking", List.of(device(1004, 2, "Parking gate")),
							List.of())),
					List.of(acsUser(1004, HEAD_OFFICE, Sync.AT_ONCE, LOBBY_TURNSTILE)), List.of()),
			direct(1005, "Emery Shah", device(1005, 1, "Front door"), device(1005, 2, "Storage"),
					device(1005, 3, "Roof access")),
			new Person("emp-1006", id(1006), "Finley Ortiz", List.of(device(1006, 1, "Front door")), List.of(),
					List.of(), List.of(sessionId(1006))),
			new Person("emp-1007", id(1007), "Gray Mills", List.of(device(1007, 1, "Desk locker")),
					List.of(new Grant(grantId(1007, 1), "Lab wing", List.of(LAB_DOOR), List.of()),
							new Grant(grantId(1007, 2), "Studio", List.of(), List.of(STUDIO)),
							new Grant(grantId(1007, 3), "Weekend", List.of(device(1007, 2, "Loading dock")),
									List.of())),
					List.of(), List.of()),
			new Person("emp-1008", id(1008), "Harper Cole", List.of(), List.of(),
					List.of(acsUser(1008, HEAD_OFFICE, Sync.AT_ONCE, MAIN_ENTRANCE_BADGE)), List.of()),
			new Person("emp-1009", id(1009), "Indigo Reyes", List.of(), List.of(),
					List.of(acsUser(1009, WAREHOUSE, Sync.LATE, WAREHOUSE_GATE)), List.of()),
			new Person("emp-1010", id(1010), "Jules Moreau", List.of(), List.of(),
					List.of(acsUser(1010, ANNEX, Sync.NEVER, ANNEX_SIDE_DOOR)), List.of()),
			// the colleague: in no sample file; shares the Lab door and the Head office
			new Person("emp-2001", id(2001), "Kai Lopez", List.of(),
					List.of(new Grant(grantId(2001, 1), "Lab wing", List.of(LAB_DOOR), List.of())),
					List.of(acsUser(2001, HEAD_OFFICE, Sync.AT_ONCE, LOBBY_TURNSTILE, MAIN_ENTRANCE_BADGE)),
					List.of(sessionId(2001))));

	/** Grants are served two to a page, so Gray Mills's three take two pages. */
	static final int GRANTS_PER_PAGE = 2;

	private SandboxRoster() {
	}

	private static Person direct(int employee, String name, Door... devices) {
		return new Person("emp-" + employee, id(employee), name, List.of(devices), List.of(), List.of(), List.of());
	}

	private static AcsUser acsUser(int employee, String system, Sync sync, Door... entrances) {
		return new AcsUser(String.format("5eedacc0-0000-4000-a000-%012d", employee), system, "Badge " + employee,
				List.of(entrances), sync);
	}

	private static Door device(int employee, int n, String name) {
		return new Door(deviceId(employee, n), name, "");
	}

	static String id(int employee) {
		return String.format("5eed0000-0000-4000-a000-%012d", employee);
	}

	private static String deviceId(int employee, int n) {
		return String.format("5eedd000-0000-4000-b000-%08d%04d", employee, n);
	}

	private static String grantId(int employee, int n) {
		return String.format("5eed6000-0000-4000-a000-%08d%04d", employee, n);
	}

	private static String entranceId(int n) {
		return String.format("5eede000-0000-4000-a000-%012d", n);
	}

	private static String sessionId(int employee) {
		return String.format("5eed7000-0000-4000-a000-%012d", employee);
	}

}
