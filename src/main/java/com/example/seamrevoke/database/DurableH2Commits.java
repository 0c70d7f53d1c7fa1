package com.example.seamrevoke.database;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes every commit to an embedded H2 file reach the disk before the next chunk starts,
 * whatever URL the operator gives: the URL in use becomes {@link H2Url#durable()}, above
 * every other source of settings, or the run is refused naming the setting that would
 * lose commits (docs/crash-safety.md, "Durable commits on H2").
 */
public class DurableH2Commits implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL = "spring.datasource.url";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String given = environment.getProperty(URL);
		String durable = H2Url.parse(given).durable();
		if (given != null && !durable.equals(given)) {
			environment.getPropertySources().addFirst(new MapPropertySource("durableH2Commits", Map.of(URL, durable)));
		}
	}

}
