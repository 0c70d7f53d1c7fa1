package com.example.seamrevoke.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.launch.RunReport;
import com.example.seamrevoke.job.launch.RunResult;

/**
 * A directory of nightly drops (docs/operations.md, "Running it nightly"): its
 * {@code *.csv} files in name order, and where a completed one is moved.
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

	/** With {@code --archive-to}, a run that did not stop moves its input there. */
	static void archiveIfCompleted(CommandLine command, RunReport run, PrintStream out) {
		if (command.archiveTo() != null && run.result() != RunResult.STOPPED && run.input() != null) {
			Path archived = InputDirectory.archive(run.input(), command.archiveTo(), run.executionId());
			out.println("Archived " + run.input() + " to " + archived);
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
