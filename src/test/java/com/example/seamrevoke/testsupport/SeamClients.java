package com.example.seamrevoke.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The Seam client wired as the application wires it (its retry, rate limiter and call
 * guard), pointed at a WireMock server on 127.0.0.1, with a test key and retries a few
 * milliseconds apart. For tests of the classes that call Seam.
 */
public final class SeamClients implements AutoCloseable {

	/** The key the client sends: {@code Authorization: Bearer test-key}. */
	public static final String KEY = "test-key";

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	private SeamClients(String endpoint, List<String> properties) {
		List<String> all = new ArrayList<>(
				List.of("revoke.seam.endpoint=" + endpoint, "revoke.seam.allow-insecure-http=true",
						"revoke.seam.api-key=" + KEY, "revoke.retry.base-delay=1ms", "revoke.retry.max-delay=5ms"));
		all.addAll(properties);
		TestPropertyValues.of(all).applyTo(context);
		context.register(SeamClientBeans.class);
		context.refresh();
	}

	/**
	 * A client of the Seam at {@code endpoint} (a WireMock base URL), with more
	 * {@code revoke.*} settings as {@code name=value}.
	 */
	public static SeamClients against(String endpoint, String... properties) {
		return new SeamClients(endpoint, List.of(properties));
	}

	public SeamClient client() {
		return context.getBean(SeamClient.class);
	}

	@Override
	public void close() {
		context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RevokeProperties.class)
	@ComponentScan(basePackageClasses = SeamClient.class)
	static class SeamClientBeans {

	}

}
