package com.example.seamrevoke;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size rules of CONTRIBUTING.md, "Package rules", read from the main source tree: no
 * package over 20 files or 1,500 lines, no file over 250 lines.
 */
class PackageSizeTests {

	private static final Path MAIN = Path.of("src/main/java");

	private static final int MAX_FILES_PER_PACKAGE = 20;

	private static final int MAX_LINES_PER_PACKAGE = 1_500;

	private static final int MAX_LINES_PER_FILE = 250;

	/**
	 * Files over the limit whose split is under way; each entry must go when its file
	 * shrinks, so the list cannot outlive the work.
	 */
	private static final List<String> OVERSIZED_FOR_NOW = List.of();

	/**
	 * Packages over a limit whose split is under way; each entry must go when its package
	 * shrinks.
	 */
	private static final List<String> PACKAGES_OVERSIZED_FOR_NOW = List.of();

	@Test
	void noPackageHoldsMoreThan20Files() throws IOException {
		Map<String, Long> filesPerPackage = javaFiles().filter(PackageSizeTests::notOversizedForNow)
			.collect(Collectors.groupingBy(PackageSizeTests::packageOf, TreeMap::new, Collectors.counting()));

		assertThat(filesPerPackage).isNotEmpty()
			.allSatisfy((name, files) -> assertThat(files).as("files in %s", name)
				.isLessThanOrEqualTo(MAX_FILES_PER_PACKAGE));
	}

	@Test
	void noPackageHoldsMoreThan1500Lines() throws IOException {
		Map<String, Integer> linesPerPackage = javaFiles().filter(PackageSizeTests::notOversizedForNow)
			.collect(Collectors.groupingBy(PackageSizeTests::packageOf, TreeMap::new,
					Collectors.summingInt(PackageSizeTests::lines)));

		assertThat(linesPerPackage).isNotEmpty()
			.allSatisfy((name, lines) -> assertThat(lines).as("lines in %s", name)
				.isLessThanOrEqualTo(MAX_LINES_PER_PACKAGE));
	}

	@Test
	void noFileIsLongerThan250Lines() throws IOException {
		List<String> tooLong = javaFiles().filter((file) -> lines(file) > MAX_LINES_PER_FILE)
			.map(PackageSizeTests::name)
			.filter((name) -> !OVERSIZED_FOR_NOW.contains(name))
			.toList();

		assertThat(tooLong).as("files over %d lines", MAX_LINES_PER_FILE).isEmpty();
	}

	@Test
	void everyFileLeftOversizedForNowStillIs() {
		assertThat(OVERSIZED_FOR_NOW).allSatisfy((name) -> {
			Path file = MAIN.resolve(name);
			assertThat(Files.exists(file) && lines(file) > MAX_LINES_PER_FILE)
				.as("%s is gone or within %d lines now: take it off the list", name, MAX_LINES_PER_FILE)
				.isTrue();
		});
	}

	@Test
	void everyPackageLeftOversizedForNowStillIs() throws IOException {
		for (String name : PACKAGES_OVERSIZED_FOR_NOW) {
			List<Path> files = javaFiles().filter((file) -> packageOf(file).equals(name)).toList();
			int lines = files.stream().mapToInt(PackageSizeTests::lines).sum();
			assertThat(files.size() > MAX_FILES_PER_PACKAGE || lines > MAX_LINES_PER_PACKAGE)
				.as("%s is within the limits now: take it off the list", name)
				.isTrue();
		}
	}

	private static boolean notOversizedForNow(Path file) {
		return !PACKAGES_OVERSIZED_FOR_NOW.contains(packageOf(file));
	}

	private static Stream<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList().stream();
		}
	}

	private static String packageOf(Path file) {
		return MAIN.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
	}

	private static String name(Path file) {
		return MAIN.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static int lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return (int) lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(file + " cannot be read", ex);
		}
	}

}
