package com.example.seamrevoke.seam.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After as delay-seconds or an HTTP-date, read against a fixed clock. */
class RetryAfterTests {

	private static final Clock NOW = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

	@ParameterizedTest
	@CsvSource({ "0, 0", "3, 3", "120, 120", "' 7 ', 7" })
	void parseWhenHeaderIsDelaySecondsShouldReadThem(String header, long seconds) {
		assertThat(RetryAfter.parse(header, NOW)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void parseWhenHeaderIsAFutureHttpDateShouldGiveTheTimeUntilIt() {
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:45 GMT", NOW)).isEqualTo(Duration.ofSeconds(45));
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 08:30:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(62));
	}

	@Test
	void parseWhenHttpDateIsNowShouldGiveNoWait() {
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void parseWhenHttpDateIsPastShouldGiveNoWait() {
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:59 GMT", NOW)).isEqualTo(Duration.ZERO);
		assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEqualTo(Duration.ZERO);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "soon", "-5", "1.5", "3s", "21 Oct 2015", "Wed, 32 Oct 2015 07:28:00 GMT" })
	void parseWhenHeaderIsUnusableShouldGiveNull(String header) {
		assertThat(RetryAfter.parse(header, NOW)).isNull();
	}

}
