package com.example.seamrevoke.settings;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the job (the "Configuration" table of docs/operations.md). The Seam
 * connection settings also bind from {@code SEAM_API_KEY}, {@code SEAM_API_KEY_FILE},
 * {@code SEAM_ENDPOINT} and {@code SEAM_WORKSPACE_ID} (see application.properties).
 */
@Validated
@ConfigurationProperties("revoke")
public record RevokeProperties(@Min(1) @DefaultValue("8") int concurrency, @Min(1) @DefaultValue("40") int chunkSize,
		@Min(1) @DefaultValue("64") int readAhead, @NotNull @DefaultValue("adaptive") String rateLimit,
		@Positive @Nullable Integer skipLimit, @NotNull @DefaultValue("reports") String reportDirectory,
		@Valid @NotNull @DefaultValue Retry retry, @Valid @NotNull @DefaultValue Seam seam,
		@NotNull @DefaultValue("10s") Duration progressInterval, @Valid @NotNull @DefaultValue Lease lease,
		@Valid @NotNull @DefaultValue Verify verify, @Min(1) @DefaultValue("100") int maxPeople) {

	/**
	 * How long verification waits for access systems to apply a removal before it calls
	 * anything STILL_ACCESSIBLE (docs/offboarding.md, "Proof"): Seam's lists are read
	 * again after {@code settleBackoff}, doubling up to {@code settleBackoffMax}, until
	 * {@code settleWindow} after the person's last removal.
	 */
	public record Verify(@NotNull @DefaultValue("5m") Duration settleWindow,
			@NotNull @DefaultValue("5s") Duration settleBackoff,
			@NotNull @DefaultValue("60s") Duration settleBackoffMax) {
	}

	public record Retry(@Min(1) @DefaultValue("4") int maxAttempts, @NotNull @DefaultValue("500ms") Duration baseDelay,
			@NotNull @DefaultValue("20s") Duration maxDelay, @NotNull @DefaultValue("60s") Duration maxRetryAfter,
			@Min(1) @DefaultValue("5") int stopAfterConsecutiveExhausted) {
	}

	/**
	 * The Seam connection. The key is read through {@link ApiKey}, from {@code apiKey} or
	 * the file {@code apiKeyFile}.
	 */
	public record Seam(@NotNull @DefaultValue("https://connect.getseam.com") URI endpoint, @Nullable String apiKey,
			@Nullable String apiKeyFile, @Nullable String workspaceId,
			@NotNull @DefaultValue("5s") Duration connectTimeout, @NotNull @DefaultValue("30s") Duration readTimeout,
			@DefaultValue("false") boolean allowInsecureHttp) {

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
	public record Lease(@NotNull @DefaultValue("60s") Duration duration,
			@NotNull @DefaultValue("10s") Duration heartbeat) {

		/** A lease must survive a missed heartbeat or two (a GC pause, a slow commit). */
		@AssertTrue(message = "revoke.lease.duration must be at least three times revoke.lease.heartbeat")
		public boolean isDurationAFewHeartbeats() {
			return !heartbeat.isNegative() && !heartbeat.isZero() && duration.compareTo(heartbeat.multipliedBy(3)) >= 0;
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
