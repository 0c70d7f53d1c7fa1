package com.example.seamrevoke.database;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.testsupport.PostgresPerTest;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema on a real database, started as the application starts it: Flyway runs when
 * there is anything to do or to refuse, and only then.
 */
class SchemaMigrationIT {

	private static final String HISTORY = "SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\""
			+ " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"";

	abstract static class OnADatabase {

		abstract String url();

		ApplicationContextRunner context() {
			return new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
				.withBean(SchemaMigration.class)
				.withPropertyValues("spring.datasource.url=" + url(),
						"spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor}",
						"spring.flyway.fail-on-missing-locations=true",
						"logging.level.com.example.seamrevoke.database=INFO");
		}

		void start(Consumer<AssertableApplicationContext> then) {
			context().run(then::accept);
		}

		/** What the next start would decide, asked of the database as it is now. */
		boolean current() {
			boolean[] current = new boolean[1];
			context().withPropertyValues("spring.flyway.enabled=false")
				.run((started) -> current[0] = started.getBean(SchemaMigration.class)
					.isCurrent(started.getBean(DataSource.class)));
			return current[0];
		}

		@Test
		void newDatabaseIsMigratedByFlywayWithEveryMigrationOfTheJar() {
			assertThat(current()).isFalse();
			start((started) -> {
				assertThat(started).hasNotFailed();
				assertThat(history(started)).hasSize(6);
			});
		}

		@Test
		void schemaFlywayMigratedIsCurrentTheChecksumsOfTheJarAreTheOnesFlywayStored() {
			start((first) -> assertThat(first).hasNotFailed());

			assertThat(current()).isTrue();
			start((second) -> assertThat(second).hasNotFailed());
		}

		@Test
		void changedMigrationIsRefusedByFlywayAsBefore() {
			start((first) -> new JdbcTemplate(first.getBean(DataSource.class)).update(
					"UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'"));
			assertThat(current()).isFalse();
			start((second) -> {
				assertThat(second).hasFailed();
				assertThat(second.getStartupFailure()).rootCause().hasMessageContaining("checksum mismatch");
			});
		}

		@Test
		void databaseOfANewerVersionIsHandedToFlywayWhichLetsItRun() {
			start((first) -> new JdbcTemplate(first.getBean(DataSource.class)).update(
					"INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
							+ " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
							+ " VALUES (99, '99', 'from a later release', 'SQL', 'V99__from_a_later_release.sql',"
							+ " 1, 'test', 1, TRUE)"));
			assertThat(current()).isFalse();
			start((second) -> assertThat(second).hasNotFailed());
		}

		@Test
		void historyTableElsewhereIsHandedToFlyway() {
			start((first) -> assertThat(first).hasNotFailed());

			assertThat(current()).isTrue();
			context().withPropertyValues("spring.flyway.table=other_history", "spring.flyway.enabled=false")
				.run((started) -> assertThat(
						started.getBean(SchemaMigration.class).isCurrent(started.getBean(DataSource.class)))
					.isFalse());
		}

		@Test
		void flywaySwitchedOffLeavesTheDatabaseAlone() {
			context().withPropertyValues("spring.flyway.enabled=false").run((started) -> {
				assertThat(started).hasNotFailed();
				assertThat(new JdbcTemplate(started.getBean(DataSource.class))
					.queryForList("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) ="
							+ " 'flyway_schema_history'"))
					.isEmpty();
			});
		}

		private List<String> history(AssertableApplicationContext context) {
			return new JdbcTemplate(context.getBean(DataSource.class)).query(HISTORY,
					(row, n) -> row.getString(1) + ":" + row.getInt(2));
		}

	}

	@Nested
	class OnH2 extends OnADatabase {

		@TempDir
		Path directory;

		@Override
		String url() {
			return "jdbc:h2:file:" + directory.resolve("revocations") + ";WRITE_DELAY=0";
		}

	}

	@Nested
	@ExtendWith(RequiresPostgres.class)
	class OnPostgres extends OnADatabase {

		@RegisterExtension
		final PostgresPerTest postgres = new PostgresPerTest();

		@Override
		String url() {
			return postgres.database().url();
		}

		@Override
		ApplicationContextRunner context() {
			return super.context().withPropertyValues("spring.datasource.username=" + postgres.database().user(),
					"spring.datasource.password=" + postgres.database().password());
		}

	}

}
