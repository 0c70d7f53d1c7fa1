package com.example.seamrevoke.job.exclusive;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a lease needs to know about processes on this machine: which machine this is, and
 * whether a process a lease names still runs (docs/crash-safety.md, "Leases"). On Linux a
 * machine is its host name, boot and PID namespace (two containers may share a host name,
 * never a PID namespace), and a process is its PID and its start in clock ticks since
 * boot (a PID reused by another process starts at another tick). Elsewhere the JDK's
 * start instant stands in.
 */
final class ThisMachine {

	/** The start of a process that runs, where this machine does not tell it. */
	static final String UNKNOWN_START = "?";

	private static final Path PROC = Path.of("/proc");

	private ThisMachine() {
	}

	/**
	 * This machine's identity, or {@code null} when it cannot be told from another with
	 * the same host name, or when /proc hides other users' processes ({@code hidepid}): a
	 * hidden live holder would look gone. Then no lease is taken over before it lapses.
	 */
	static @Nullable String id() {
		String host = hostName();
		if (!Files.isDirectory(PROC.resolve("self"))) {
			return host;
		}
		if (!Files.isReadable(PROC.resolve("1/stat"))) {
			return null;
		}
		try {
			String boot = Files.readString(PROC.resolve("sys/kernel/random/boot_id")).strip();
			String pidNamespace = Files.readSymbolicLink(PROC.resolve("self/ns/pid")).toString();
			return host + "/" + boot + "/" + pidNamespace;
		}
		catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
			return null;
		}
	}

	/**
	 * When {@code pid} started, as this machine tells it, or {@code null} if it is not
	 * running (a zombie, killed and not reaped yet, is not).
	 */
	static @Nullable String startOf(long pid) {
		Path stat = PROC.resolve(pid + "/stat");
		if (Files.isDirectory(PROC.resolve("self"))) {
			try {
				// "pid (comm) state ... starttime (22nd)": comm may hold spaces and ')'
				String line = Files.readString(stat);
				String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
				boolean zombie = fields[0].equals("Z") || fields[0].equals("X");
				return zombie ? null : "ticks:" + fields[19];
			}
			catch (NoSuchFileException notRunning) {
				return null;
			}
			catch (IOException unreadable) {
				return UNKNOWN_START;
			}
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		return process
			.map(p -> p.info().startInstant().map(start -> "instant:" + start.toEpochMilli()).orElse(UNKNOWN_START))
			.orElse(null);
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String fromEnvironment = System.getenv("HOSTNAME");
			return fromEnvironment != null ? fromEnvironment : "unknown-host";
		}
	}

}
