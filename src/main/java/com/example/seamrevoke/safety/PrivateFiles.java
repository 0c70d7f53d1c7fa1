package com.example.seamrevoke.safety;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Directories and files only their owner can read, for what the tool stores (the report,
 * the job repository): on POSIX file systems {@code rwx------} and {@code rw-------};
 * elsewhere the file system's defaults. An existing directory keeps its permissions
 * (docs/operations.md, "Security").
 */
public final class PrivateFiles {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private PrivateFiles() {
	}

	/** Creates {@code directory} and its missing parents, owner-only. */
	public static Path createDirectories(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return directory;
		}
		return POSIX ? Files.createDirectories(directory, ownerOnly("rwx------")) : Files.createDirectories(directory);
	}

	/** A new empty file in {@code directory} that only its owner can read. */
	public static Path createTempFile(Path directory, String prefix, String suffix) throws IOException {
		return POSIX ? Files.createTempFile(directory, prefix, suffix, ownerOnly("rw-------"))
				: Files.createTempFile(directory, prefix, suffix);
	}

	private static FileAttribute<?> ownerOnly(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}

}
