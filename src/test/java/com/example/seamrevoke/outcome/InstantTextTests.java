package com.example.seamrevoke.outcome;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Instant#toString()} is the definition: the report's times must not change by a
 * character.
 */
class InstantTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000000001Z", "2026-11-30T18:57:15.303045Z",
			"2026-11-30T18:57:15.300Z", "2026-11-30T18:57:15.000100Z", "2026-11-30T18:57:15.123456789Z",
			"2028-02-29T23:59:59.999999999Z", "2100-03-01T00:00:00Z", "9999-12-31T23:59:59.999Z" })
	void writesWhatInstantWrites(String text) {
		Instant time = Instant.parse(text);

		assertThat(InstantText.of(time)).isEqualTo(time.toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z" })
	void leavesOtherYearsToInstant(String text) {
		assertThat(InstantText.of(Instant.parse(text))).isEqualTo(text);
	}

	@Test
	void agreesWithInstantOnRandomTimesOfEveryPrecision() {
		SplittableRandom random = new SplittableRandom(19);
		for (int i = 0; i < 200_000; i++) {
			long seconds = random.nextLong(-86_400L * 366, 253_402_300_800L + 86_400L * 366);
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			Instant time = Instant.ofEpochSecond(seconds, nanos);

			assertThat(InstantText.of(time)).isEqualTo(time.toString());
		}
	}

	@Test
	void noTimeIsNoText() {
		assertThat(InstantText.of(null)).isNull();
	}

}
