package com.example.seamrevoke.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for a Spring test class, dropped after it. The class
 * registers it from its {@code @DynamicPropertySource} method with {@link #register} and
 * is annotated {@code @ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })}.
 * Test classes run one after another, so one database is current at a time.
 */
public class PostgresPerClass implements AfterAllCallback {

	private static PostgresDatabase current;

	public static void register(DynamicPropertyRegistry registry) {
		PostgresDatabase database = PostgresDatabase.create();
		current = database;
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (current != null) {
			current.close();
			current = null;
		}
	}

}
