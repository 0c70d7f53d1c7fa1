package com.example.seamrevoke.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.settings.InvalidSettingException;

/**
 * The one place that understands H2's JDBC URLs
 * ({@code jdbc:h2:[file:]PATH[;KEY=VALUE...]}, {@code jdbc:h2:mem:...},
 * {@code jdbc:h2:tcp://...}): where an embedded database's file is, whether one process
 * holds it alone, and the URL under which every commit is on disk before the next chunk
 * starts (docs/crash-safety.md, "Durable commits on H2").
 */
public record H2Url(String url, Kind kind, @Nullable String path, Map<String, String> settings) {

	/** Where the database lives, as far as a crash of this process is concerned. */
	public enum Kind {

		/** Not an H2 URL (PostgreSQL): none of this applies. */
		NOT_H2,
		/** A file this process opens itself: a crash loses what is not on disk yet. */
		FILE,
		/** In this process's memory: nothing survives it, nothing to make durable. */
		MEMORY,
		/** A server's database: commits survive this process whatever its settings. */
		SERVER

	}

	private static final String PREFIX = "jdbc:h2:";

	/** {@code nio:}, {@code split:}, {@code async:}...: a path H2 maps itself. */
	private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("[a-zA-Z]{2,}:");

	/** H2 writes a commit after this many milliseconds unless it is 0 (default 500). */
	static final String WRITE_DELAY = "WRITE_DELAY";

	public static H2Url parse(@Nullable String url) {
		String text = url == null ? "" : url.strip();
		if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return new H2Url(text, Kind.NOT_H2, null, Map.of());
		}
		String[] parts = text.substring(PREFIX.length()).split(";");
		Map<String, String> settings = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int equals = parts[i].indexOf('=');
			if (equals > 0) {
				settings.put(parts[i].substring(0, equals).strip().toUpperCase(Locale.ROOT),
						parts[i].substring(equals + 1).strip());
			}
		}
		String name = parts[0];
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("mem:")) {
			return new H2Url(text, Kind.MEMORY, null, settings);
		}
		if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
			return new H2Url(text, Kind.SERVER, null, settings);
		}
		String path = lower.startsWith("file:") ? name.substring("file:".length()) : name;
		return new H2Url(text, Kind.FILE, path, settings);
	}

	/**
	 * The directory an embedded database's files go in, or {@code null} when there is no
	 * file of ours.
	 */
	public @Nullable Path directory() {
		if (kind != Kind.FILE || path == null || OTHER_FILE_SYSTEM.matcher(path).lookingAt()) {
			return null;
		}
		String expanded = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
		return Path.of(expanded).toAbsolutePath().normalize().getParent();
	}

	/**
	 * Whether holding the database proves no other process runs on it: an embedded file
	 * (H2's file lock) or memory, unless AUTO_SERVER lets other processes in.
	 */
	public boolean heldByOneProcess() {
		return (kind == Kind.FILE || kind == Kind.MEMORY) && !"TRUE".equalsIgnoreCase(settings.get("AUTO_SERVER"));
	}

	/**
	 * This URL with every commit written before the next chunk: a file URL gets
	 * {@code ;WRITE_DELAY=0} when it names no write delay. A setting that would let a
	 * crash lose commits, or let two processes write the file, is refused, named.
	 */
	public String durable() {
		if (kind != Kind.FILE) {
			return url;
		}
		String delay = settings.get(WRITE_DELAY);
		if (delay != null && !delay.equals("0")) {
			throw new InvalidSettingException("spring.datasource.url sets " + WRITE_DELAY + "=" + delay
					+ ": H2 would keep commits in memory that long, so a crash could lose outcomes and send"
					+ " their rows again; remove it (the job adds WRITE_DELAY=0)");
		}
		if ("NO".equalsIgnoreCase(settings.get("FILE_LOCK"))) {
			throw new InvalidSettingException("spring.datasource.url sets FILE_LOCK=NO: two processes could then"
					+ " write the same job repository; remove it");
		}
		return delay != null ? url : url + ";" + WRITE_DELAY + "=0";
	}

}
