package com.example.seamrevoke.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.example.seamrevoke.e2e.Distribution.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docs/install.md: the distribution unpacked into a directory with spaces in its name,
 * and its launcher started on each kind of Java it knows: a CDS archive on Java 17-24, an
 * AOT cache on Java 25 and newer (skipped where no such Java is installed). Which classes
 * came from the archive, the JVM's class-loading log says ({@code JAVA_OPTS}).
 */
class LauncherIT {

	private static final String MAIN_CLASS = "com.example.seamrevoke.SeamRevokeBatchApplication";

	@TempDir
	Path directory;

	static Stream<Arguments> javas() {
		return Stream.of(Arguments.of("Java 17-24 (CDS archive)", InstalledJava.withClassDataSharing()),
				Arguments.of("Java 25+ (AOT cache)", InstalledJava.withAotCache()));
	}

	@Test
	void distributionHoldsTheLauncherTheJarTheDocsAndTheSamples() throws Exception {
		// when
		Result tar = Distribution.listing(directory);
		List<String> zipEntries;
		try (ZipFile zip = new ZipFile(Distribution.archive("zip").toFile())) {
			zipEntries = zip.stream().map(ZipEntry::getName).toList();
		}

		// then
		String version = Distribution.archive("tar.gz").getFileName().toString().replace(".tar.gz", "");
		assertThat(tar.out()).containsPattern("-rwxr-xr-x .* " + version + "/bin/seam-revoke-batch\\n");
		for (String file : List.of("bin/seam-revoke-batch", "bin/seam-revoke-batch.cmd", "lib/seam-revoke-batch.jar",
				"README.md", "docs/install.md", "sample-data/offboarding.csv", "sample-data/leavers.csv")) {
			assertThat(tar.out()).contains(version + "/" + file);
			assertThat(zipEntries).contains(version + "/" + file);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("javas")
	void firstUsePreparesTheArchiveAndLaterRunsStartFromIt(String kind, Optional<InstalledJava> candidate)
			throws Exception {
		// given
		InstalledJava java = present(candidate);
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Path cache = cacheFor(java);
		Path work = Files.createDirectories(directory.resolve("work dir"));

		// when: the README's sample, the first time
		Result first = distribution.launch(work, environment(java, cache), "--sandbox",
				"--input=" + distribution.home().resolve("sample-data/offboarding.csv"));

		// then
		assertThat(first.exitCode()).as(first.toString()).isEqualTo(3);
		assertThat(first.launcherLines()).as(first.toString())
			.containsExactly("seam-revoke-batch: first start of this jar on Java " + java.version()
					+ ": preparing a faster start (once; a training run against the embedded sandbox)");
		assertThat(first.out()).contains("Execution 1 COMPLETED")
			.contains("Rerun the FAILED rows: '" + distribution.home().resolve("bin/seam-revoke-batch")
					+ "' --rerun-failed=1 --sandbox");
		Path prepared = onlyArchiveDirectory(cache);
		Path archive = prepared.resolve(java.major() >= 25 ? "app.aot" : "app.jsa");
		assertThat(archive).isNotEmptyFile();

		// when: the next run, with JAVA_OPTS
		Map<String, String> withOptions = environment(java, cache);
		withOptions.put("JAVA_OPTS", "-Xlog:class+load:file=" + directory.resolve("second.log")
				+ " -Drevoke.report-directory=custom-reports");
		Result second = distribution.launch(work, withOptions, "--sandbox",
				"--input=" + oneRow(work, "second run.csv", "000000000002"));

		// then: no training, our classes mapped from the archive, the options taken
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(second.launcherLines()).isEmpty();
		assertThat(second.out()).contains("COMPLETED: 1 rows (REVOKED 1)");
		assertThat(classSource(directory.resolve("second.log"))).startsWith("shared objects file");
		assertThat(work.resolve("custom-reports/second run-2.report.csv")).isNotEmptyFile();

		// when: the archive is no longer the one prepared
		Files.writeString(archive, "not an archive");
		withOptions.put("JAVA_OPTS", "-Xlog:class+load:file=" + directory.resolve("third.log"));
		Result third = distribution.launch(work, withOptions, "--sandbox",
				"--input=" + oneRow(work, "third run.csv", "000000000003"));

		// then: a plain start, one line saying so
		assertThat(third.exitCode()).as(third.toString()).isZero();
		assertThat(third.launcherLines()).singleElement()
			.isEqualTo("seam-revoke-batch: the start-up archive in " + prepared
					+ " does not match this jar and Java: starting without it (--prepare rebuilds it)");
		assertThat(third.out()).contains("COMPLETED: 1 rows (REVOKED 1)");
		assertThat(classSource(directory.resolve("third.log"))).doesNotContain("shared objects file")
			.contains("lib/seam-revoke-batch.jar");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("javas")
	void aChangedJarGetsAnArchiveOfItsOwn(String kind, Optional<InstalledJava> candidate) throws Exception {
		// given
		InstalledJava java = present(candidate);
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Path cache = cacheFor(java);
		Path work = Files.createDirectories(directory.resolve("work dir"));
		Result prepare = distribution.launch(work, environment(java, cache), "--prepare");
		assertThat(prepare.exitCode()).as(prepare.toString()).isZero();
		Path before = onlyArchiveDirectory(cache);
		assertThat(prepare.launcherLines()).last().asString().startsWith("seam-revoke-batch: ready: " + before);

		// when
		distribution.changeJar();
		Map<String, String> withOptions = environment(java, cache);
		withOptions.put("JAVA_OPTS", "-Xlog:class+load:file=" + directory.resolve("classes.log"));
		Result run = distribution.launch(work, withOptions, "--sandbox", "--input=" + oneRow(work, "one row.csv", "1"));

		// then: trained again for the new jar, and started from that archive
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.launcherLines()).singleElement()
			.asString()
			.startsWith("seam-revoke-batch: first start of this jar");
		assertThat(run.out()).contains("COMPLETED: 1 rows (REVOKED 1)");
		assertThat(archiveDirectories(cache)).hasSize(2).contains(before);
		assertThat(classSource(directory.resolve("classes.log"))).startsWith("shared objects file");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("javas")
	void withoutJavaHomeTheJavaOnThePathAnswersVersionWithoutStartingSpring(String kind,
			Optional<InstalledJava> candidate) throws Exception {
		// given
		InstalledJava java = present(candidate);
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Path work = Files.createDirectories(directory.resolve("work dir"));
		Map<String, String> environment = new HashMap<>();
		environment.put("PATH", java.bin() + ":/usr/bin:/bin");
		environment.put("SEAM_REVOKE_CACHE", directory.resolve("cache").toString());

		// when
		Result run = distribution.launch(work, environment, "--version");

		// then: no training, no job repository
		String version = distribution.home().getFileName().toString().replace("seam-revoke-batch-", "");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out().lines()).hasSize(4)
			.contains("seam-revoke-batch " + version)
			.anyMatch(line -> line.startsWith("Spring Boot 4."))
			.anyMatch(line -> line.startsWith("Spring Batch 6."))
			.anyMatch(line -> line.startsWith("Java " + java.version()) && line.contains(java.home().toString()));
		assertThat(run.launcherLines()).isEmpty();
		assertThat(directory.resolve("cache")).doesNotExist();
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void theJitStopsAtItsFirstTierUnlessJavaOptsGivesTheOptimizingCompilerBack() throws Exception {
		// given
		InstalledJava java = InstalledJava.withClassDataSharing().orElseThrow();
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Map<String, String> environment = environment(java, directory.resolve("cache"));

		// when
		environment.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
		Result byDefault = distribution.launch(directory, environment, "--version");
		environment.put("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal");
		Result overridden = distribution.launch(directory, environment, "--version");

		// then
		assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
		assertThat(byDefault.out()).containsPattern("TieredStopAtLevel\\s+= 1\\s");
		assertThat(overridden.exitCode()).as(overridden.toString()).isZero();
		assertThat(overridden.out()).containsPattern("TieredStopAtLevel\\s+= 4\\s");
	}

	@Test
	void onJava17ACacheWithSpacesStartsPlainWithOneLine() throws Exception {
		// given
		InstalledJava java = InstalledJava.withClassDataSharing().orElseThrow();
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Path work = Files.createDirectories(directory.resolve("work dir"));

		// when
		Result run = distribution.launch(work, environment(java, directory.resolve("cache dir")), "--sandbox",
				"--input=" + oneRow(work, "one row.csv", "1"));

		// then
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.launcherLines()).singleElement()
			.asString()
			.contains("shares no classes from a path with spaces")
			.contains("SEAM_REVOKE_CACHE");
		assertThat(run.out()).contains("COMPLETED: 1 rows (REVOKED 1)");
		assertThat(directory.resolve("cache dir")).doesNotExist();
	}

	@Test
	void javaHomeWithoutJavaIsAConfigurationError() throws Exception {
		// given
		Distribution distribution = Distribution.unpack(directory.resolve("install dir"));
		Path notJava = Files.createDirectories(directory.resolve("not a java"));

		// when
		Result run = distribution.launch(directory, Map.of("JAVA_HOME", notJava.toString()), "--sandbox",
				"--input=whatever.csv");

		// then
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.launcherLines()).singleElement()
			.isEqualTo("seam-revoke-batch: JAVA_HOME is '" + notJava
					+ "', which has no bin/java: point it at a Java 17 or newer, or unset it");
		assertThat(run.out()).isEmpty();
	}

	private static InstalledJava present(Optional<InstalledJava> candidate) {
		assumeTrue(candidate.isPresent(), "no such Java installed on this machine");
		return candidate.get();
	}

	/** Java 17-24 cannot share classes from a path with spaces; Java 25 can. */
	private Path cacheFor(InstalledJava java) {
		return directory.resolve(java.major() >= 25 ? "cache dir" : "cache");
	}

	private static Map<String, String> environment(InstalledJava java, Path cache) {
		Map<String, String> environment = new HashMap<>();
		environment.put("JAVA_HOME", java.home().toString());
		environment.put("SEAM_REVOKE_CACHE", cache.toString());
		return environment;
	}

	private static Path oneRow(Path directory, String name, String deviceSuffix) throws Exception {
		String device = "892f902b-d23f-4824-928b-" + "0".repeat(12 - deviceSuffix.length()) + deviceSuffix;
		return Files.writeString(directory.resolve(name),
				"user_identity_id,device_id\n6513270e-269e-4d37-b2a7-4de452e6b438," + device + "\n");
	}

	private static Path onlyArchiveDirectory(Path cache) throws Exception {
		List<Path> directories = archiveDirectories(cache);
		assertThat(directories).hasSize(1);
		assertThat(directories.get(0).resolve("stamp")).isNotEmptyFile();
		return directories.get(0);
	}

	private static List<Path> archiveDirectories(Path cache) throws Exception {
		try (Stream<Path> children = Files.list(cache)) {
			return children.filter(Files::isDirectory).filter(child -> Files.exists(child.resolve("stamp"))).toList();
		}
	}

	/** Where the JVM says it loaded the main class from. */
	private static String classSource(Path classLoadLog) throws Exception {
		return Files.readAllLines(classLoadLog)
			.stream()
			.filter(line -> line.contains(" " + MAIN_CLASS + " source: "))
			.map(line -> line.substring(line.indexOf(" source: ") + 9))
			.findFirst()
			.orElseThrow();
	}

}
