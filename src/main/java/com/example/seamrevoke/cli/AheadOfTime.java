package com.example.seamrevoke.cli;

/**
 * Spring's ahead-of-time processed bean definitions, which the build makes
 * ({@code process-aot}): a context that starts from them skips parsing the configuration
 * classes, about a fifth of a small run's start (docs/install.md, "The launcher"). Used
 * by the packaged command unless {@code -Dspring.aot.enabled=false} says otherwise; never
 * while the build makes them.
 */
public final class AheadOfTime {

	private static final String ENABLED = "spring.aot.enabled";

	private AheadOfTime() {
	}

	public static void useIfBuilt(Class<?> application) {
		boolean built = application
			.getResource(application.getSimpleName() + "__ApplicationContextInitializer.class") != null;
		if (built && System.getProperty(ENABLED) == null && System.getProperty("spring.aot.processing") == null) {
			System.setProperty(ENABLED, "true");
		}
	}

}
