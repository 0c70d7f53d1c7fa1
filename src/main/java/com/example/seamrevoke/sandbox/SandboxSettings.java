package com.example.seamrevoke.sandbox;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * The sandbox's knobs for rehearsals and benchmarks (docs/operations.md, "Sandbox"), read
 * from the environment: latency (fixed, uniform or normal), an unannounced request-rate
 * limit answered with 429, and a ratio of transient 503s.
 *
 * @param latencyMinMs the fixed latency, or the lower bound of a uniform one
 * @param latencyMaxMs the upper bound of a uniform latency (equal to the minimum when
 * fixed)
 * @param latencyStdDevMs a normal latency's standard deviation around the minimum, 0 when
 * not normal
 * @param rateLimit requests per second the sandbox accepts, 0 for no limit
 * @param retryAfterSeconds the {@code Retry-After} sent with a rate-limit 429, or
 * {@code null} for none
 * @param errorRatio the share of revoke calls answered 503
 */
public record SandboxSettings(long latencyMinMs, long latencyMaxMs, double latencyStdDevMs, double rateLimit,
		@Nullable Integer retryAfterSeconds, double errorRatio) {

	public static SandboxSettings fromEnvironment() {
		return parse(System.getenv());
	}

	static SandboxSettings parse(Map<String, String> env) {
		String latency = env.getOrDefault("SEAM_SANDBOX_LATENCY_MS", "0").trim();
		long min;
		long max;
		double stdDev = 0;
		if (latency.contains("..")) {
			min = number(latency.substring(0, latency.indexOf("..")), "SEAM_SANDBOX_LATENCY_MS");
			max = number(latency.substring(latency.indexOf("..") + 2), "SEAM_SANDBOX_LATENCY_MS");
		}
		else if (latency.contains("~")) {
			min = number(latency.substring(0, latency.indexOf('~')), "SEAM_SANDBOX_LATENCY_MS");
			max = min;
			stdDev = number(latency.substring(latency.indexOf('~') + 1), "SEAM_SANDBOX_LATENCY_MS");
		}
		else {
			min = latency.isEmpty() ? 0 : number(latency, "SEAM_SANDBOX_LATENCY_MS");
			max = min;
		}
		if (max < min) {
			throw new IllegalArgumentException("SEAM_SANDBOX_LATENCY_MS: " + latency + " has its bounds reversed");
		}
		double rate = decimal(env.getOrDefault("SEAM_SANDBOX_RATE_LIMIT", "0"), "SEAM_SANDBOX_RATE_LIMIT");
		String retryAfter = env.getOrDefault("SEAM_SANDBOX_RETRY_AFTER", "1").trim();
		Integer retryAfterSeconds = retryAfter.equalsIgnoreCase("none") || retryAfter.isEmpty() ? null
				: (int) number(retryAfter, "SEAM_SANDBOX_RETRY_AFTER");
		double errors = decimal(env.getOrDefault("SEAM_SANDBOX_ERROR_RATIO", "0"), "SEAM_SANDBOX_ERROR_RATIO");
		if (errors < 0 || errors > 1) {
			throw new IllegalArgumentException("SEAM_SANDBOX_ERROR_RATIO must be between 0 and 1, not " + errors);
		}
		return new SandboxSettings(min, max, stdDev, rate, retryAfterSeconds, errors);
	}

	/** One answer's latency in milliseconds. */
	long sampleLatencyMs() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (latencyStdDevMs > 0) {
			return Math.max(0, Math.round(latencyMinMs + random.nextGaussian() * latencyStdDevMs));
		}
		return latencyMaxMs > latencyMinMs ? random.nextLong(latencyMinMs, latencyMaxMs + 1) : latencyMinMs;
	}

	boolean transientError() {
		return errorRatio > 0 && ThreadLocalRandom.current().nextDouble() < errorRatio;
	}

	String describe() {
		String latency = latencyStdDevMs > 0 ? latencyMinMs + "~" + (long) latencyStdDevMs + " ms"
				: latencyMaxMs > latencyMinMs ? latencyMinMs + ".." + latencyMaxMs + " ms" : latencyMinMs + " ms";
		return "latency " + latency + ", rate limit " + (rateLimit > 0 ? rateLimit + "/s" : "none") + (rateLimit > 0
				? (retryAfterSeconds == null ? " (no Retry-After)" : " (Retry-After: " + retryAfterSeconds + ")") : "")
				+ ", 503 ratio " + errorRatio;
	}

	private static long number(String text, String name) {
		try {
			long value = Long.parseLong(text.trim());
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(name + " must be a whole number >= 0, not '" + text + "'");
	}

	private static double decimal(String text, String name) {
		try {
			double value = Double.parseDouble(text.trim());
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(name + " must be a number >= 0, not '" + text + "'");
	}

}
