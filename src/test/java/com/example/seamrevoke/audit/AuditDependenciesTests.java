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
 * What the audit package reads: the outcome table, the input and the job's shared keys,
 * nothing of the flow or the steps, so no package cycle runs through it. Who may import
 * audit is the direction of CONTRIBUTING.md, checked by {@code PackageRulesTests}.
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
