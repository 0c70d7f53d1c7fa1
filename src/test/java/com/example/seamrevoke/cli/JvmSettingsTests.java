package com.example.seamrevoke.cli;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The JVM-wide settings, from the run's settings, before any bean exists. */
class JvmSettingsTests {

	private String maxConnections;

	@BeforeEach
	void forgetMaxConnections() {
		maxConnections = System.getProperty(JvmSettings.MAX_CONNECTIONS);
		System.clearProperty(JvmSettings.MAX_CONNECTIONS);
	}

	@AfterEach
	void restoreMaxConnections() {
		if (maxConnections != null) {
			System.setProperty(JvmSettings.MAX_CONNECTIONS, maxConnections);
		}
	}

	@Test
	void keptConnectionsFollowTheConcurrencySetting() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("revoke.concurrency", "200")));

		new JvmSettings().postProcessEnvironment(environment, new SpringApplication());

		assertThat(System.getProperty(JvmSettings.MAX_CONNECTIONS)).isEqualTo("200");
		assertThat(System.getProperty(JvmSettings.RETRY_POST)).isEqualTo("false");
		assertThat(System.getProperty(JvmSettings.SERVER_NODELAY)).isEqualTo("true");
	}

	@Test
	void atTheDefaultConcurrencyTheCacheKeepsAtLeast64() {
		new JvmSettings().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

		assertThat(System.getProperty(JvmSettings.MAX_CONNECTIONS)).isEqualTo("64");
	}

	@Test
	void aValueGivenWithDashDWins() {
		System.setProperty(JvmSettings.MAX_CONNECTIONS, "7");

		JvmSettings.apply(200);

		assertThat(System.getProperty(JvmSettings.MAX_CONNECTIONS)).isEqualTo("7");
	}

	@Test
	void theWireLogLosesItsRequestHeaders() {
		JvmSettings.apply(8);

		Logger wireLog = Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection");
		assertThat(wireLog.getFilter()).isNotNull();
		assertThat(wireLog.getFilter().isLoggable(new LogRecord(Level.FINE, "{Authorization: Bearer k}"))).isFalse();
	}

}
