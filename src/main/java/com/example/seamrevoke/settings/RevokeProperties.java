package com.example.seamrevoke.settings;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the job (the "Configuration" table of docs/operations.md). The Seam
 * connection settings also bind from {@code SEAM_API_KEY}, {@code SEAM_API_KEY_FILE},
 * {@code SEAM_ENDPOINT} and {@code SEAM_WORKSPACE_ID} (see application.properties). Each
 * record checks its values as it is bound ({@link SettingRules}).
 */
@ConfigurationProperties("revoke")
public record RevokeProperties(@DefaultValue(RevokeProperties.DEFAULT_CONCURRENCY) int concurrency,
		@DefaultValue("40") int chunkSize, @DefaultValue("64") int readAhead,
		@DefaultValue("adaptive") String rateLimit, @Nullable Integer skipLimit,
		@DefaultValue("reports") String reportDirectory, @DefaultValue Retry retry, @DefaultValue Seam seam,
		@DefaultValue("10s") Duration progressInterval, @DefaultValue Lease lease, @DefaultValue Verify verify,
		@DefaultValue("100") int maxPeople) {

	/** Read before the settings are bound too ({@code cli.JvmSettings}). */
	public static final String DEFAULT_CONCURRENCY = "8";

	public RevokeProperties {
		SettingRules.atLeastOne("revoke.concurrency", concurrency);
		SettingRules.atLeastOne("revoke.chunk-size", chunkSize);
		SettingRules.atLeastOne("revoke.read-ahead", readAhead);
		SettingRules.present("revoke.rate-limit", rateLimit);
		if (skipLimit != null) {
			SettingRules.atLeastOne("revoke.skip-limit", skipLimit);
		}
		SettingRules.present("revoke.report-directory", reportDirectory);
		SettingRules.present("revoke.retry", retry);
		SettingRules.present("revoke.seam", seam);
		SettingRules.positive("revoke.progress-interval", progressInterval);
		SettingRules.present("revoke.lease", lease);
		SettingRules.present("revoke.verify", verify);
		SettingRules.atLeastOne("revoke.max-people", maxPeople);
	}

	/**
	 * How long verification waits for access systems to apply a removal before it calls
	 * anything STILL_ACCESSIBLE (docs/offboarding.md, "Proof"): Seam's lists are read
	 * again after {@code settleBackoff}, doubling up to {@code settleBackoffMax}, until
	 * {@code settleWindow} after the person's last removal.
	 */
	public record Verify(@DefaultValue("5m") Duration settleWindow, @DefaultValue("5s") Duration settleBackoff,
			@DefaultValue("60s") Duration settleBackoffMax) {

		public Verify {
			SettingRules.notNegative("revoke.verify.settle-window", settleWindow);
			SettingRules.positive("revoke.verify.settle-backoff", settleBackoff);
			SettingRules.positive("revoke.verify.settle-backoff-max", settleBackoffMax);
		}
	}

	public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration baseDelay,
			@DefaultValue("20s") Duration maxDelay, @DefaultValue("60s") Duration maxRetryAfter,
			@DefaultValue("5") int stopAfterConsecutiveExhausted) {

		public Retry {
			SettingRules.atLeastOne("revoke.retry.max-attempts", maxAttempts);
			SettingRules.notNegative("revoke.retry.base-delay", baseDelay);
			SettingRules.notNegative("revoke.retry.max-delay", maxDelay);
			SettingRules.notNegative("revoke.retry.max-retry-after", maxRetryAfter);
			SettingRules.atLeastOne("revoke.retry.stop-after-consecutive-exhausted", stopAfterConsecutiveExhausted);
		}
	}

	/**
	 * The Seam connection. The key is read through {@link ApiKey}, from {@code apiKey} or
	 * the file {@code apiKeyFile}.
	 */
	public record Seam(@DefaultValue("https://connect.getseam.com") URI endpoint, @Nullable String apiKey,
			@Nullable String apiKeyFile, @Nullable String workspaceId, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("30s") Duration readTimeout, @DefaultValue("false") boolean allowInsecureHttp) {

		public Seam {
			SettingRules.present("revoke.seam.endpoint", endpoint);
			SettingRules.positive("revoke.seam.connect-timeout", connectTimeout);
			SettingRules.positive("revoke.seam.read-timeout", readTimeout);
		}

		/** Keeps the key out of any log line or error message that prints this record. */
		@Override
		public String toString() {
			return "Seam[endpoint=" + endpoint + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "none" : "****")
					+ ", apiKeyFile=" + apiKeyFile + ", workspaceId=" + workspaceId + ", allowInsecureHttp="
					+ allowInsecureHttp + "]";
		}
	}

	/**
	 * Who may run a job instance when hosts share a job repository (docs/operations.md,
	 * "Production"): a run holds a lease of {@code duration}, renewed every
	 * {@code heartbeat}; a crashed run's lease lapses at most {@code duration} after its
	 * last renewal, and the same command can then take over.
	 */
	public record Lease(@DefaultValue("60s") Duration duration, @DefaultValue("10s") Duration heartbeat) {

		/** A lease must survive a missed heartbeat or two (a GC pause, a slow commit). */
		public Lease {
			SettingRules.positive("revoke.lease.heartbeat", heartbeat);
			if (SettingRules.present("revoke.lease.duration", duration).compareTo(heartbeat.multipliedBy(3)) < 0) {
				throw SettingRules.broken("revoke.lease.duration", duration,
						"must be at least three times revoke.lease.heartbeat (" + SettingRules.shown(heartbeat) + ")");
			}
		}
	}

	/**
	 * Rows per chunk transaction. A chunk smaller than {@code concurrency} would leave
	 * workers idle, so it is raised to {@code concurrency} (docs/operations.md,
	 * "Configuration").
	 */
	public int effectiveChunkSize() {
		return Math.max(chunkSize, concurrency);
	}

	/**
	 * Rows whose calls may be started ahead of the chunk being filled: at least
	 * {@code concurrency}, so no worker waits for a chunk boundary (docs/operations.md,
	 * "Restarts and reruns").
	 */
	public int effectiveReadAhead() {
		return Math.max(readAhead, concurrency);
	}

	/**
	 * The fixed ceiling in requests/second, or {@code null} when the limit is adaptive.
	 */
	public @Nullable Double fixedRateLimit() {
		if (rateLimit.isBlank() || rateLimit.equalsIgnoreCase("adaptive")) {
			return null;
		}
		try {
			double value = Double.parseDouble(rateLimit);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(
				"revoke.rate-limit must be 'adaptive' or a positive number of requests per second, not '" + rateLimit
						+ "'");
	}
}
