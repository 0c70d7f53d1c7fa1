package com.example.seamrevoke.seam.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Parses a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/** The wait the server asked for, or {@code null} when there is no usable header. */
	public static @Nullable Duration parse(@Nullable String header, Clock clock) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.trim();
		try {
			long seconds = Long.parseLong(value);
			return seconds < 0 ? null : Duration.ofSeconds(seconds);
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
