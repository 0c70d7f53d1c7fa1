package com.example.seamrevoke.safety;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A file is there whole or not changed at all, and nothing temporary is left beside it.
 */
class AtomicFilesTests {

	@TempDir
	Path directory;

	@Test
	void writeReplacesTheFileAndCreatesItsDirectories() throws IOException {
		Path file = directory.resolve("a/b/summary.json");
		AtomicFiles.write(file, out -> out.write("first"));

		AtomicFiles.write(file, out -> out.write("second"));

		assertThat(file).hasContent("second");
		assertThat(Files.list(file.getParent())).containsExactly(file);
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
		Path file = directory.resolve("report.csv");
		AtomicFiles.write(file, out -> out.write("complete"));

		assertThatIOException().isThrownBy(() -> AtomicFiles.writePrivately(file, out -> {
			out.write("half");
			throw new IOException("disk full");
		}));

		assertThat(file).hasContent("complete");
		assertThat(Files.list(directory)).containsExactly(file);
	}

	@Test
	void writePrivatelyIsOwnerOnly() throws IOException {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		Path file = directory.resolve("reports/report.csv");

		AtomicFiles.writePrivately(file, out -> out.write("line"));

		assertThat(file).hasContent("line");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
	}

}
