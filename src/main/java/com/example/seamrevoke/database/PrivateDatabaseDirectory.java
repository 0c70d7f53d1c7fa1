package com.example.seamrevoke.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.PrivateFiles;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the directory of an embedded H2 job repository ({@code ./data} by default)
 * owner-only before H2 creates it with the machine's defaults, so other users cannot read
 * the outcomes (docs/operations.md, "Security").
 */
public class PrivateDatabaseDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * {@code jdbc:h2:file:PATH} or {@code jdbc:h2:PATH}, not {@code mem:},
	 * {@code tcp:}...
	 */
	private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(?:file:)?(?![a-zA-Z]{2,}:)([^;]+).*");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path directory = directoryOf(context.getEnvironment().getProperty("spring.datasource.url"));
		if (directory == null) {
			return;
		}
		try {
			PrivateFiles.createDirectories(directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the database directory " + directory, e);
		}
	}

	static @Nullable Path directoryOf(@Nullable String url) {
		Matcher file = H2_FILE.matcher(url == null ? "" : url);
		if (!file.matches()) {
			return null;
		}
		String path = file.group(1);
		if (path.startsWith("~")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		return Path.of(path).toAbsolutePath().getParent();
	}

}
