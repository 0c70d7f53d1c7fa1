package com.example.seamrevoke.job.source;

import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact, compact duplicate table: no pair lost, none confused with another. */
class FirstLineOfPairTests {

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	@Test
	void secondSightingOfAPairReturnsItsFirstLine() {
		FirstLineOfPair pairs = new FirstLineOfPair();

		assertThat(pairs.putIfAbsent(USER, device(1), 2)).isZero();
		assertThat(pairs.putIfAbsent(USER, device(1), 9)).isEqualTo(2);
		assertThat(pairs.putIfAbsent(USER, device(1), 12)).isEqualTo(2);
	}

	@Test
	void idsCompareCaseInsensitivelyLikeSeamDoes() {
		FirstLineOfPair pairs = new FirstLineOfPair();
		pairs.putIfAbsent(USER, "0A000000-0000-4000-8000-00000000ABCD", 2);

		assertThat(pairs.putIfAbsent(USER.toUpperCase(), "0a000000-0000-4000-8000-00000000abcd", 3)).isEqualTo(2);
	}

	@Test
	void swappedOrNearlyEqualIdsAreDifferentPairs() {
		FirstLineOfPair pairs = new FirstLineOfPair();
		pairs.putIfAbsent(USER, device(1), 2);

		assertThat(pairs.putIfAbsent(device(1), USER, 3)).isZero();
		assertThat(pairs.putIfAbsent(USER, device(2), 4)).isZero();
		assertThat(pairs.putIfAbsent(device(1), device(1), 5)).isZero();
	}

	@Test
	void everyPairSurvivesTheTableGrowing() {
		// given: 200,000 pairs that differ only in their last digits (many resizes)
		FirstLineOfPair pairs = new FirstLineOfPair();
		IntStream.rangeClosed(1, 200_000)
			.forEach(row -> assertThat(pairs.putIfAbsent(USER, device(row), row + 1)).isZero());

		// when / then: each is found again with its own first line, and
		// random ones are new
		assertThat(pairs.size()).isEqualTo(200_000);
		IntStream.rangeClosed(1, 200_000)
			.forEach(row -> assertThat(pairs.putIfAbsent(USER, device(row), 0)).isEqualTo(row + 1));
		IntStream.range(0, 1_000)
			.forEach(i -> assertThat(pairs.putIfAbsent(UUID.randomUUID().toString(), device(1), 7)).isZero());
	}

	private static String device(int row) {
		return String.format("00000000-0000-4000-8000-%012d", row);
	}

}
