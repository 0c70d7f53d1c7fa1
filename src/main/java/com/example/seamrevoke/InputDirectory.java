package com.example.seamrevoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A directory of nightly drops (README, "Running it nightly"): its {@code *.csv} files in
 * name order, and where a completed one is moved.
 */
final class InputDirectory {

	private InputDirectory() {
	}

	static List<Path> csvFiles(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UsageException("cannot list the input directory " + directory + ": " + e.getMessage());
		}
	}

	/**
	 * Moves a completed input into {@code archive}; a name already there gets the
	 * execution id added, so no earlier drop is overwritten.
	 */
	static Path archive(Path file, Path archive, @Nullable Long executionId) {
		try {
			Files.createDirectories(archive);
			Path target = archive.resolve(file.getFileName());
			if (Files.exists(target)) {
				String name = file.getFileName().toString();
				int dot = name.lastIndexOf('.');
				target = archive.resolve(name.substring(0, dot) + "-" + executionId + name.substring(dot));
			}
			return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot archive " + file + " to " + archive + ": " + e.getMessage(), e);
		}
	}

}
