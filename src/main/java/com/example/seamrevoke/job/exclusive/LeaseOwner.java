package com.example.seamrevoke.job.exclusive;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This process, as a lease names it: a random id that makes it unique, and the host and
 * pid an operator needs to find it.
 */
record LeaseOwner(String id, String host, long pid) {

	public static LeaseOwner thisProcess() {
		return new LeaseOwner(UUID.randomUUID().toString(), hostName(), ProcessHandle.current().pid());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String fromEnvironment = System.getenv("HOSTNAME");
			return fromEnvironment != null ? fromEnvironment : "unknown-host";
		}
	}

}
