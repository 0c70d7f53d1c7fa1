package com.example.seamrevoke.outcome;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A time as the report writes it: exactly {@link Instant#toString()} (ISO-8601 in UTC,
 * the fraction in 3, 6 or 9 digits, none when zero; docs/formats.md, "Report"), written
 * by hand for years 1970 to 9999: {@code DateTimeFormatter}'s general printer, twice a
 * row, was a sixth of the time a short run took to write its report.
 */
final class InstantText {

	private static final long SECONDS_PER_DAY = 86_400;

	/** 10000-01-01T00:00:00Z: from there on {@link Instant#toString()} adds a sign. */
	private static final long YEAR_10000 = 253_402_300_800L;

	private InstantText() {
	}

	static @Nullable String of(@Nullable Instant time) {
		if (time == null) {
			return null;
		}
		long seconds = time.getEpochSecond();
		if (seconds < 0 || seconds >= YEAR_10000) {
			return time.toString();
		}
		LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
		int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
		StringBuilder text = new StringBuilder(30);
		digits(text, date.getYear(), 4).append('-');
		digits(text, date.getMonthValue(), 2).append('-');
		digits(text, date.getDayOfMonth(), 2).append('T');
		digits(text, secondOfDay / 3600, 2).append(':');
		digits(text, secondOfDay / 60 % 60, 2).append(':');
		digits(text, secondOfDay % 60, 2);
		fraction(text, time.getNano());
		return text.append('Z').toString();
	}

	/**
	 * As {@link Instant#toString()}: milliseconds, micro or nanoseconds, as precise as
	 * needed.
	 */
	private static void fraction(StringBuilder text, int nanos) {
		if (nanos == 0) {
			return;
		}
		text.append('.');
		if (nanos % 1_000_000 == 0) {
			digits(text, nanos / 1_000_000, 3);
		}
		else if (nanos % 1_000 == 0) {
			digits(text, nanos / 1_000, 6);
		}
		else {
			digits(text, nanos, 9);
		}
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		for (int power = pow10(width - 1); power > 0; power /= 10) {
			text.append((char) ('0' + value / power % 10));
		}
		return text;
	}

	private static int pow10(int exponent) {
		int power = 1;
		for (int i = 0; i < exponent; i++) {
			power *= 10;
		}
		return power;
	}

}
