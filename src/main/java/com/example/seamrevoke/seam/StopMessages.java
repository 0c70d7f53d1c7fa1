package com.example.seamrevoke.seam;

import java.time.Duration;

/**
 * The one-line reasons an operator reads when an answer stops the job
 * (docs/operations.md, "How Seam's answers are handled"): what happened, and what to
 * change.
 */
final class StopMessages {

	private StopMessages() {
	}

	static String fatal(SeamAnswer answer) {
		if (answer.isUntrustedCertificate()) {
			return "the TLS certificate of SEAM_ENDPOINT is not trusted (" + answer.errorMessage()
					+ "): the key is sent only to a server that proves it is the endpoint, so the job stopped"
					+ " (a company proxy's CA goes in the JVM's trust store, -Djavax.net.ssl.trustStore=...)";
		}
		if (answer.status() >= 300 && answer.status() < 400) {
			return "SEAM_ENDPOINT answered " + answer.describe()
					+ ": the key is sent to no other host, so the job stopped (set SEAM_ENDPOINT to the address Seam"
					+ " answers on)";
		}
		return "Seam refused the request with " + answer.describe()
				+ ": every row would fail the same way, so the job stopped (" + hint(answer) + ")";
	}

	static String throttled(Duration retryAfter, Duration maxRetryAfter) {
		return "Seam is throttling: it asked to wait " + retryAfter.toSeconds() + " s (Retry-After), more than "
				+ maxRetryAfter.toSeconds() + " s; run the same command later";
	}

	private static String hint(SeamAnswer answer) {
		return switch (answer.status()) {
			case 401 -> "check SEAM_API_KEY";
			case 403 -> "the key may not manage this workspace's access";
			case 400 -> "set SEAM_WORKSPACE_ID for a personal access token";
			default -> "check SEAM_ENDPOINT";
		};
	}

}
