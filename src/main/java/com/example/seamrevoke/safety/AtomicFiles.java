package com.example.seamrevoke.safety;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into
 * place, so a reader (a spreadsheet, a monitoring agent) never sees half of it.
 */
public final class AtomicFiles {

	/** What goes into the file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(Writer out) throws IOException;

	}

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code file}; it and the directories created for it are owner-only
	 * ({@link PrivateFiles}).
	 */
	public static void writePrivately(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		PrivateFiles.createDirectories(target.getParent());
		replace(target, PrivateFiles.createTempFile(target.getParent(), temporaryPrefix(target), ".tmp"), content);
	}

	/** Replaces {@code file}, with the file system's default permissions. */
	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		replace(target, Files.createTempFile(target.getParent(), temporaryPrefix(target), ".tmp"), content);
	}

	private static String temporaryPrefix(Path target) {
		return "." + target.getFileName() + "-";
	}

	private static void replace(Path target, Path temporary, Content content) throws IOException {
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
