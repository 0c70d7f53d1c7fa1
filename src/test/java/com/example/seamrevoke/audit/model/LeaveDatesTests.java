package com.example.seamrevoke.audit.model;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LeaveDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2026-11-27|2026-11-27T00:00:00Z", "27.11.2026|2026-11-27T00:00:00Z",
					"2026-11-27T17:30:00Z|2026-11-27T17:30:00Z", "2026-11-27T17:30:00+01:00|2026-11-27T16:30:00Z",
					"2026-11-27 17:30:00|2026-11-27T17:30:00Z", "' 2026-11-27 '|2026-11-27T00:00:00Z" })
	void unambiguousFormsShouldBeRead(String cell, String expected) {
		assertThat(LeaveDates.parse(cell)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource({ "03/04/2026", "next friday", "2026-13-01", "''" })
	void anythingElseShouldBeNoDate(String cell) {
		assertThat(LeaveDates.parse(cell)).isNull();
	}

	@Test
	void durationsShouldReadAsDaysHoursAndMinutes() {
		assertThat(LeaveDates.describe(Duration.ofMinutes(26 * 60 + 15))).isEqualTo("1 d 2 h 15 min");
		assertThat(LeaveDates.describe(Duration.ofMinutes(-90))).isEqualTo("1 h 30 min before the date");
		assertThat(LeaveDates.describe(Duration.ofSeconds(59))).isEqualTo("0 min");
		assertThat(LeaveDates.describeLimit(Duration.ofHours(24))).isEqualTo("24 h");
		assertThat(LeaveDates.describeLimit(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
	}

}
