package com.example.seamrevoke.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's migrations as Flyway would record them, read without Flyway. */
class PackagedMigrationTests {

	@Test
	void everyMigrationOfTheJarWithItsVersionAndDescription() {
		List<PackagedMigration> migrations = PackagedMigration.in(new PathMatchingResourcePatternResolver(),
				List.of("classpath:db/migration", "classpath:db/vendor/h2"));

		assertThat(migrations).extracting(PackagedMigration::version)
			.containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
		assertThat(migrations).extracting(PackagedMigration::description)
			.contains("revocation outcome", "spring batch 6 0", "offboarding targets");
	}

	@Test
	void checksumIgnoresLineEndingsAndAByteOrderMark() throws IOException {
		int unix = PackagedMigration.checksum(sql("CREATE TABLE a (x INT);\nCREATE INDEX i ON a (x);\n"));
		int windows = PackagedMigration.checksum(sql("CREATE TABLE a (x INT);\r\nCREATE INDEX i ON a (x);\r\n"));
		int marked = PackagedMigration.checksum(sql("\uFEFFCREATE TABLE a (x INT);\nCREATE INDEX i ON a (x);"));

		assertThat(windows).isEqualTo(unix);
		assertThat(marked).isEqualTo(unix);
	}

	@Test
	void checksumChangesWithAnyCharacter() throws IOException {
		assertThat(PackagedMigration.checksum(sql("CREATE TABLE a (x INT);")))
			.isNotEqualTo(PackagedMigration.checksum(sql("CREATE TABLE a (x BIGINT);")));
	}

	private static ByteArrayResource sql(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

}
