package com.example.seamrevoke.seam;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP exchange with Seam: the status and Seam's error (or, for a 2xx, the JSON
 * body), or a transport failure (status 0) such as a timeout or a reset connection.
 */
record SeamAnswer(int status, @Nullable String errorType, @Nullable String errorMessage, @Nullable String requestId,
		@Nullable Duration retryAfter, boolean isSeamError, @Nullable JsonNode body) {

	SeamAnswer(int status, @Nullable String errorType, @Nullable String errorMessage, @Nullable String requestId,
			@Nullable Duration retryAfter, boolean isSeamError) {
		this(status, errorType, errorMessage, requestId, retryAfter, isSeamError, null);
	}

	static final String UNTRUSTED_CERTIFICATE = "untrusted_certificate";

	/**
	 * The error type of a 2xx whose body says {@code "ok": false} without one of Seam's.
	 */
	static final String NOT_OK = "not_ok";

	static SeamAnswer transportError(String message) {
		return new SeamAnswer(0, "transport_error", message, null, null, false);
	}

	/** The server's TLS certificate failed the JVM's checks: nothing was sent. */
	static SeamAnswer untrustedCertificate(String message) {
		return new SeamAnswer(0, UNTRUSTED_CERTIFICATE, message, null, null, false);
	}

	boolean isUntrustedCertificate() {
		return isTransportError() && UNTRUSTED_CERTIFICATE.equals(errorType);
	}

	boolean isTransportError() {
		return status == 0;
	}

	/** The HTTP status as the report shows it: empty when no answer came. */
	@Nullable Integer httpStatus() {
		return isTransportError() ? null : status;
	}

	String describe() {
		if (isTransportError()) {
			return errorMessage;
		}
		String text = "HTTP " + status;
		if (errorType != null) {
			text += " " + errorType;
		}
		return errorMessage == null ? text : text + ": " + errorMessage;
	}
}
