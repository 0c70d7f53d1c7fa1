package com.example.seamrevoke.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class or test, dropped afterwards, so tests
 * never see each other's job instances. The server is {@code REVOKE_TEST_POSTGRES_URL}
 * (default the local one on 127.0.0.1:5432, user {@code postgres}, trust auth).
 */
public final class PostgresDatabase implements AutoCloseable {

	static final String SERVER = env("REVOKE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");

	static final String USER = env("REVOKE_TEST_POSTGRES_USER", "postgres");

	static final String PASSWORD = env("REVOKE_TEST_POSTGRES_PASSWORD", "");

	private final String name;

	private PostgresDatabase(String name) {
		this.name = name;
	}

	public static PostgresDatabase create() {
		String name = "revoke_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE DATABASE " + name);
		return new PostgresDatabase(name);
	}

	public String url() {
		return SERVER + name;
	}

	public String user() {
		return USER;
	}

	public String password() {
		return PASSWORD;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), USER, PASSWORD);
	}

	@Override
	public void close() {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	/** Why PostgreSQL cannot be used, or {@code null} when it can. */
	static String unavailableReason() {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
			return null;
		}
		catch (SQLException ex) {
			return "PostgreSQL is not reachable at " + SERVER + " as " + USER + " (" + ex.getMessage() + ")";
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + ": " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
