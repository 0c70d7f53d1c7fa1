package com.example.seamrevoke.testsupport;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outcome table in a private in-memory H2 database, made by the application's own
 * migrations, and the repository over it. For tests of the classes that read or write
 * outcome rows.
 */
public final class H2Outcomes implements AutoCloseable {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	private H2Outcomes() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.failOnMissingLocations(true)
			.load()
			.migrate();
		context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
		context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
		context.registerBean(OutcomeRepository.class);
		context.refresh();
	}

	public static H2Outcomes create() {
		return new H2Outcomes();
	}

	public OutcomeRepository repository() {
		return context.getBean(OutcomeRepository.class);
	}

	/** Plain SQL on the same database, to see what an auditor would see. */
	public JdbcClient sql() {
		return context.getBean(JdbcClient.class);
	}

	/** Drops the database with the context. */
	@Override
	public void close() {
		sql().sql("SHUTDOWN").update();
		context.close();
	}

}
