package com.example.seamrevoke.seam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK HttpClient's wire log ({@code -Djdk.httpclient.HttpClient.log=headers} or
 * {@code all}) prints the request headers, the Authorization header with the key among
 * them. Before the Seam client is built, the {@code headers} part is taken out (and
 * {@code all} becomes everything else), so the rest of the wire log still works (README,
 * "Security"). The JDK reads the setting once, when its first client is built.
 */
final class HttpClientLogging {

	static final String PROPERTY = "jdk.httpclient.HttpClient.log";

	private static final String EVERYTHING_BUT_HEADERS = "errors,requests,content,frames,ssl,trace,channel";

	private static final Logger log = LoggerFactory.getLogger(HttpClientLogging.class);

	private HttpClientLogging() {
	}

	static void keepHeadersOut() {
		String requested = System.getProperty(PROPERTY, jdkDefault());
		if (requested == null) {
			return;
		}
		String safe = withoutHeaders(requested);
		System.setProperty(PROPERTY, safe);
		if (!safe.equals(requested.strip())) {
			log.warn("{}={}: the headers are not logged (they hold the API key); logging {}", PROPERTY, requested,
					safe.isEmpty() ? "nothing" : safe);
		}
	}

	static String withoutHeaders(String requested) {
		return Arrays.stream(requested.split(","))
			.map(String::strip)
			.map(part -> part.equalsIgnoreCase("all") ? EVERYTHING_BUT_HEADERS : part)
			.filter(part -> !part.isEmpty() && !part.equalsIgnoreCase("headers"))
			.collect(Collectors.joining(","));
	}

	/** The JDK also reads the setting from its conf/net.properties. */
	private static @Nullable String jdkDefault() {
		Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			return properties.getProperty(PROPERTY);
		}
		catch (IOException unreadable) {
			return null;
		}
	}

}
