package com.example.seamrevoke.audit.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A leave or termination date as HR exports write it, and the time from it to a confirmed
 * removal (docs/audit-page.md, "Time to removal"). A date without a time counts from
 * 00:00 UTC that day; a date and time without an offset is UTC. Day-first and month-first
 * dates ({@code 03/04/2026}) cannot be told apart, so only unambiguous forms are read:
 * ISO 8601 ({@code 2026-11-27}, {@code 2026-11-27T17:00:00Z}) and {@code 27.11.2026}.
 */
final class LeaveDates {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT));

	private LeaveDates() {
	}

	/** The moment the date names, or null when the cell holds none this reads. */
	static @Nullable Instant parse(String cell) {
		String text = cell.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException notDateTime) {
			// try the next form
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notThisForm) {
				// try the next form
			}
		}
		return null;
	}

	/** An agreed limit as people say it: {@code 24 h}, {@code 36 h}, else as below. */
	static String describeLimit(Duration limit) {
		return (limit.toMinutesPart() == 0 && limit.toSecondsPart() == 0 && limit.toHours() <= 96)
				? limit.toHours() + " h" : describe(limit);
	}

	/** {@code 1 d 3 h 12 min}, for a page an auditor reads. */
	static String describe(Duration duration) {
		Duration positive = duration.abs();
		long days = positive.toDays();
		long hours = positive.toHoursPart();
		long minutes = positive.toMinutesPart();
		String text = (days > 0 ? days + " d " : "") + (days > 0 || hours > 0 ? hours + " h " : "") + minutes + " min";
		return duration.isNegative() ? text + " before the date" : text;
	}

}
