package com.example.seamrevoke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.boot.SpringBootVersion;

/**
 * The {@code --version} text: the tool's, Spring Boot's, Spring Batch's and Java's
 * versions, read without starting Spring, so it answers at once.
 */
final class Version {

	private Version() {
	}

	static String text() {
		return "seam-revoke-batch " + tool() + "\nSpring Boot " + SpringBootVersion.getVersion() + "\nSpring Batch "
				+ SpringBatchVersion.getVersion() + "\nJava " + System.getProperty("java.runtime.version") + " ("
				+ System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")\n";
	}

	/** The build's version, as application.properties holds it for the User-Agent. */
	private static String tool() {
		try (InputStream in = Version.class.getResourceAsStream("/application.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("revoke.version", "unknown");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
