package com.example.seamrevoke.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tricks that get past a check of the first character only: white space in front,
 * full-width signs, control characters; and the text of an outcome cleaned before it is
 * stored.
 */
class ReportCellSafetyTests {

	@ParameterizedTest
	@ValueSource(strings = { " =1+1", "   @SUM(A1)", "\u00a0=cmd", "\u3000+1", "\uff1dHYPERLINK(\"x\")", "\uff0b1",
			"\uff0d1", "\uff20SUM(A1)", "\t=1", "\r=1", "\n=1", "\u000b-1" })
	void cellWhoseFormulaHidesBehindWhiteSpaceOrAFullWidthSignGetsAnApostrophe(String cell) {
		String safe = ReportWriter.safe(cell);

		assertThat(safe).startsWith("'");
		assertThat(safe.chars()).noneMatch(Character::isISOControl);
	}

	@Test
	void valuesOtherThanTextAreCellsToo() {
		assertThat(ReportWriter.safe(42)).isEqualTo("42");
		assertThat(ReportWriter.safe(-1)).isEqualTo("'-1");
		assertThat(ReportWriter.safe(Outcome.FAILED)).isEqualTo("FAILED");
	}

	@Test
	void outcomeTextFromTheInputAndFromSeamIsCleanedBeforeItIsStored() {
		RevocationOutcome outcome = RevocationOutcome.builder(2, 2, 0)
			.userIdentityId("\u001b[31m" + "u".repeat(500))
			.deviceId("dev\u0000ice")
			.outcome(Outcome.FAILED)
			.seamAnswer(400, "type\r\n", "message\u001b[0m\n" + "m".repeat(5000), 1, "req\u0007")
			.build();

		assertThat(outcome.userIdentityId()).startsWith("\uFFFD[31mu").hasSize(200);
		assertThat(outcome.deviceId()).isEqualTo("dev\uFFFDice");
		assertThat(outcome.errorType()).isEqualTo("type  ");
		assertThat(outcome.errorMessage()).startsWith("message\uFFFD[0m mm").hasSize(2000);
		assertThat(outcome.seamRequestId()).isEqualTo("req\uFFFD");
	}

}
