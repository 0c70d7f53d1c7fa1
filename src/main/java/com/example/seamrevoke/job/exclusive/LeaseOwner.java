package com.example.seamrevoke.job.exclusive;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * This process, as a lease names it: a random id that makes it unique, the host and pid
 * an operator needs to find it, and the machine and process start that let a run on the
 * same machine tell the holder is gone ({@link ThisMachine}); {@code null} when unknown.
 */
record LeaseOwner(String id, String host, long pid, @Nullable String machine, @Nullable String processStart) {

	/** A holder on another machine, or one that cannot be told apart. */
	LeaseOwner(String id, String host, long pid) {
		this(id, host, pid, null, null);
	}

	static LeaseOwner thisProcess() {
		long pid = ProcessHandle.current().pid();
		return new LeaseOwner(UUID.randomUUID().toString(), ThisMachine.hostName(), pid, ThisMachine.id(),
				ThisMachine.startOf(pid));
	}

	/**
	 * Whether this holder ran on {@code machine} and is gone: its PID runs no process, or
	 * one that started at another time (the PID was reused). Unknown is alive.
	 */
	boolean isGoneFrom(@Nullable String machine) {
		if (machine == null || !machine.equals(this.machine) || processStart == null) {
			return false;
		}
		String now = ThisMachine.startOf(pid);
		return now == null || (!now.equals(ThisMachine.UNKNOWN_START) && !now.equals(processStart));
	}

	/** Where an operator finds the holder. */
	String describe() {
		return "host " + host + " (pid " + pid + ")";
	}

}
