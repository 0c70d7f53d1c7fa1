package com.example.seamrevoke.testsupport;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;

import com.example.seamrevoke.seam.SeamClient;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock on 127.0.0.1 standing in for Seam, and for each test the Seam client wired as
 * the application wires it (its retry, rate limiter and call guard) pointed at it, with a
 * test key and retries a few milliseconds apart. For tests of the classes that call Seam:
 * {@code @RegisterExtension static SeamOnLoopback seam = new SeamOnLoopback();}.
 */
public final class SeamOnLoopback extends WireMockExtension {

	/** The key the client sends: {@code Authorization: Bearer test-key}. */
	public static final String KEY = "test-key";

	private AnnotationConfigApplicationContext context;

	public SeamOnLoopback() {
		super(WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));
	}

	/** The client of this test, new for each one. */
	public SeamClient client() {
		return context.getBean(SeamClient.class);
	}

	@Override
	protected void onBeforeEach(WireMockRuntimeInfo wireMock) {
		context = new AnnotationConfigApplicationContext();
		TestPropertyValues.of(List.of("revoke.seam.endpoint=http://127.0.0.1:" + wireMock.getHttpPort(),
				"revoke.seam.allow-insecure-http=true", "revoke.seam.api-key=" + KEY, "revoke.retry.base-delay=1ms",
				"revoke.retry.max-delay=5ms"))
			.applyTo(context);
		context.register(SeamClientBeans.class);
		context.refresh();
	}

	@Override
	protected void onAfterEach(WireMockRuntimeInfo wireMock) {
		context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RevokeProperties.class)
	@ComponentScan(basePackageClasses = SeamClient.class)
	static class SeamClientBeans {

	}

}
