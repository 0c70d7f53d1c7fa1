package com.example.seamrevoke.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the audit package sits: the job (which writes the page) and the command line
 * (which lists the history) use it; it reads the outcome table, the input and the job's
 * shared keys, and nothing above them, so no package cycle runs through it.
 */
class AuditDependenciesTests {

	private static final Path SOURCES = Path.of("src/main/java/com/example/seamrevoke");

	private static final Pattern PROJECT_IMPORT = Pattern
		.compile("^import com\\.example\\.seamrevoke\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);

	@Test
	void auditShouldImportOnlyPackagesBelowTheJob() throws IOException {
		assertThat(importsOf(SOURCES.resolve("audit"))).isSubsetOf("audit.model", "input", "outcome", "safety", "seam",
				"settings", "job.support");
	}

	@Test
	void onlyTheJobAndTheCommandLineShouldImportAudit() throws IOException {
		Set<String> importers = new TreeSet<>();
		try (Stream<Path> packages = Files.list(SOURCES)) {
			for (Path directory : packages.filter(Files::isDirectory).toList()) {
				try (Stream<Path> all = Files.walk(directory)) {
					for (Path file : all.filter(f -> f.toString().endsWith(".java")).toList()) {
						if (importsOf(List.of(file)).contains("audit") && !file.startsWith(SOURCES.resolve("audit"))) {
							importers.add(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
						}
					}
				}
			}
		}
		assertThat(importers).containsExactlyInAnyOrder("job", "cli");
	}

	private static Set<String> importsOf(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return importsOf(files.filter(f -> f.toString().endsWith(".java")).toList());
		}
	}

	private static Set<String> importsOf(List<Path> files) throws IOException {
		Set<String> packages = new TreeSet<>();
		for (Path file : files) {
			Matcher matcher = PROJECT_IMPORT.matcher(Files.readString(file));
			while (matcher.find()) {
				packages.add(matcher.group(1));
			}
		}
		return packages;
	}

}
