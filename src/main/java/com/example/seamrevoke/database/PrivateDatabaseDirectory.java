package com.example.seamrevoke.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.example.seamrevoke.safety.PrivateFiles;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the directory of an embedded H2 job repository ({@code ./data} by default)
 * owner-only before H2 creates it with the machine's defaults, so other users cannot read
 * the outcomes (docs/operations.md, "Security").
 */
public class PrivateDatabaseDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path directory = H2Url.parse(context.getEnvironment().getProperty("spring.datasource.url")).directory();
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

}
