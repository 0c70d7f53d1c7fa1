package com.example.seamrevoke.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for each test that asks for one, dropped after it: what a
 * test's own H2 file is for the H2 variant. Register with {@code @RegisterExtension} on a
 * class that also has {@code @ExtendWith(RequiresPostgres.class)}.
 */
public class PostgresPerTest implements AfterEachCallback {

	private PostgresDatabase database;

	public PostgresDatabase database() {
		if (database == null) {
			database = PostgresDatabase.create();
		}
		return database;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (database != null) {
			database.close();
			database = null;
		}
	}

}
