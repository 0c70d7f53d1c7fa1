package com.example.seamrevoke.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the job repository's schema to this jar's migrations as soon as the DataSource
 * exists, before any bean can use it. A database whose Flyway history lists exactly these
 * migrations, with their checksums, all applied, is left as it is without starting
 * Flyway, about a third of a second of every run's start; any other (new, behind, ahead,
 * failed, changed) is handed to Spring Boot's own Flyway set-up with every
 * {@code spring.flyway.*} setting, which migrates or refuses as it always has
 * (docs/architecture.md, "Flyway owns Spring Batch's schema").
 */
@Component
public class SchemaMigration implements BeanPostProcessor, EnvironmentAware {

	/** Settings under which Flyway would read another history or other files. */
	private static final List<String> ELSEWHERE = List.of("url", "table", "schemas", "default-schema",
			"sql-migration-prefix", "sql-migration-separator", "sql-migration-suffixes");

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private static final String HISTORY = "flyway_schema_history";

	/** Rows that say Flyway created the history table or a schema: no migration. */
	private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && flywaySetting("enabled", Boolean.class, true)) {
			if (isCurrent(dataSource)) {
				log.info("Schema current: Flyway not started");
			}
			else {
				log.info("Schema not current: migrating with Flyway");
				migrate(dataSource);
			}
		}
		return bean;
	}

	/** Whether Flyway, started now, would find nothing to do and nothing to refuse. */
	boolean isCurrent(DataSource dataSource) {
		if (ELSEWHERE.stream().anyMatch((name) -> this.environment.containsProperty("spring.flyway." + name))) {
			return false;
		}
		try (Connection connection = dataSource.getConnection()) {
			List<String> locations = locations(DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId());
			if (locations.stream().anyMatch((location) -> !location.startsWith("classpath:"))) {
				return false;
			}
			List<PackagedMigration> packaged = PackagedMigration.in(this.resources, locations);
			Set<PackagedMigration> distinct = new HashSet<>(packaged);
			return !packaged.isEmpty() && distinct.size() == packaged.size() && distinct.equals(applied(connection));
		}
		catch (SQLException ex) {
			// no history yet, or a refusing database: Flyway creates it or says why
			return false;
		}
	}

	/**
	 * Where Flyway would look: {@code spring.flyway.locations}, {@code {vendor}} resolved
	 * as Boot does.
	 */
	private List<String> locations(String vendor) {
		String[] locations = flywaySetting("locations", String[].class, new String[] { "classpath:db/migration" });
		return Stream.of(locations).map((location) -> location.trim().replace("{vendor}", vendor)).toList();
	}

	/**
	 * The history's rows, or an empty set once any is not a plain successful migration.
	 */
	private static Set<PackagedMigration> applied(Connection connection) throws SQLException {
		Set<PackagedMigration> applied = new HashSet<>();
		try (ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY, null)) {
			if (!tables.next()) {
				// a new database: asked without this, H2 would log the failed query to a
				// trace file
				return applied;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"version\", \"description\", \"checksum\","
						+ " \"type\", \"success\" FROM \"" + HISTORY + "\"")) {
			while (rows.next()) {
				String version = rows.getString(1);
				String description = rows.getString(2);
				int checksum = rows.getInt(3);
				boolean noChecksum = rows.wasNull();
				String type = rows.getString(4);
				if (MARKERS.contains(type)) {
					continue;
				}
				if (version == null || noChecksum || !"SQL".equals(type) || !rows.getBoolean(5)) {
					return Set.of();
				}
				applied.add(new PackagedMigration(version, description, checksum));
			}
		}
		return applied;
	}

	private void migrate(DataSource dataSource) {
		try (AnnotationConfigApplicationContext flyway = new AnnotationConfigApplicationContext()) {
			flyway.setEnvironment(this.environment);
			flyway.getBeanFactory().registerSingleton("dataSource", dataSource);
			flyway.register(FlywayAutoConfiguration.class);
			flyway.refresh();
		}
	}

	private <T> T flywaySetting(String name, Class<T> type, T otherwise) {
		return Binder.get(this.environment).bind("spring.flyway." + name, Bindable.of(type)).orElse(otherwise);
	}

}
