package com.example.seamrevoke.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * A versioned SQL migration as Flyway records it in {@code flyway_schema_history}: its
 * version, its description and its checksum. Read from the jar, so the schema can be
 * found current without starting Flyway ({@link SchemaMigration}).
 *
 * @param version the version as Flyway writes it ({@code V1_1__x.sql} is {@code 1.1})
 * @param description the name after {@code __}, underscores as spaces
 * @param checksum Flyway's: the CRC-32 of the file's lines in UTF-8, without their line
 * ends and without a byte order mark
 */
record PackagedMigration(String version, String description, int checksum) {

	private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

	/** The migrations under {@code classpath:} locations, which Flyway scans in depth. */
	static List<PackagedMigration> in(ResourcePatternResolver resources, List<String> classpathLocations) {
		List<PackagedMigration> migrations = new ArrayList<>();
		for (String location : classpathLocations) {
			String folder = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
			try {
				for (Resource resource : resources.getResources("classpath*:" + folder + "/**/*.sql")) {
					PackagedMigration migration = of(resource);
					if (migration != null) {
						migrations.add(migration);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list the migrations in " + location, ex);
			}
		}
		return migrations;
	}

	private static @Nullable PackagedMigration of(Resource resource) throws IOException {
		Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
		if (!name.matches()) {
			return null;
		}
		return new PackagedMigration(name.group(1).replace('_', '.'), name.group(2).replace('_', ' '),
				checksum(resource));
	}

	static int checksum(Resource resource) throws IOException {
		CRC32 crc = new CRC32();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line = lines.readLine();
			if (line != null && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			for (; line != null; line = lines.readLine()) {
				crc.update(line.getBytes(StandardCharsets.UTF_8));
			}
		}
		return (int) crc.getValue();
	}

}
