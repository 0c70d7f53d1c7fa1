package com.example.seamrevoke.cli;

import com.example.seamrevoke.seam.transport.WireLogging;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Everything this process changes for the whole JVM, in one place, before any bean
 * exists: Spring Boot runs it (META-INF/spring.factories) once the settings are read, on
 * every start of the application, the command's and a test's alike; the standalone
 * sandbox calls it from its main. The JDK reads each property once, when the class that
 * uses it loads, so it must be set before the first connection (docs/architecture.md,
 * "HttpURLConnection, not RestClient" and "One write per request, and TCP_NODELAY").
 */
public final class JvmSettings implements EnvironmentPostProcessor {

	static final String MAX_CONNECTIONS = "http.maxConnections";

	static final String RETRY_POST = "sun.net.http.retryPost";

	static final String SERVER_NODELAY = "sun.net.httpserver.nodelay";

	/** The JDK's own keep-alive cache holds 5. */
	private static final int MIN_KEPT_CONNECTIONS = 64;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		apply(concurrency(environment));
	}

	/**
	 * Sets them for {@code concurrency} workers. A value given with {@code -D} wins, but
	 * not for {@code retryPost}: a POST the JDK sends again silently is an attempt the
	 * row's count would not show.
	 */
	static void apply(int concurrency) {
		// idle connections kept per host: more workers than that would open a new
		// connection for most requests
		setUnlessGiven(MAX_CONNECTIONS, String.valueOf(Math.max(MIN_KEPT_CONNECTIONS, concurrency)));
		// our retry sends a dropped POST again, counted
		System.setProperty(RETRY_POST, "false");
		// the sandbox's server: with Nagle's algorithm on, its header and body
		// writes wait for the client's delayed ACK (~40 ms per call on Linux)
		setUnlessGiven(SERVER_NODELAY, "true");
		WireLogging.keepHeadersOut();
	}

	/**
	 * {@code revoke.concurrency} as the run will see it. An invalid setting is reported
	 * when the settings are bound, after this; until then the JDK's cache gets the least.
	 */
	private static int concurrency(ConfigurableEnvironment environment) {
		try {
			// this one setting, not the whole record: binding that here would cost
			// every start a twentieth of a second
			return environment.getProperty("revoke.concurrency", Integer.class,
					Integer.valueOf(RevokeProperties.DEFAULT_CONCURRENCY));
		}
		catch (RuntimeException invalid) {
			return 0;
		}
	}

	private static void setUnlessGiven(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

}
