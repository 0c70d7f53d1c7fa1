package com.example.seamrevoke.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile file or a hostile server can put in front of an operator: no control
 * character survives, nothing is longer than the limit.
 */
class SafeTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "892f902b-d23f-4824-928b-2f330c5c7fd0", "Device not found", "device_not_found",
			"Gerät nicht gefunden – 装置", "emoji 🔑 stays", "'=quoted" })
	void cleanTextPassesUnchanged(String text) {
		assertThat(SafeText.clean(text, SafeText.MESSAGE)).isEqualTo(text);
	}

	@Test
	void terminalEscapeSequenceLosesItsEscape() {
		String hostile = "\u001b[2J\u001b[31mDevice not found\u001b]0;owned\u0007";

		assertThat(SafeText.clean(hostile, SafeText.MESSAGE))
			.isEqualTo("\uFFFD[2J\uFFFD[31mDevice not found\uFFFD]0;owned\uFFFD");
	}

	@Test
	void lineBreaksAndTabsBecomeSpacesSoAMessageStaysOneLine() {
		assertThat(SafeText.clean("first\r\nsecond\tthird\u2028fourth\u0085fifth", SafeText.MESSAGE))
			.isEqualTo("first  second third fourth fifth");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u007f", "\u009b", "\u202e", "\u2066", "\u200b", "\ufeff", "\ud800", "\udfff" })
	void controlFormatAndLoneSurrogateCharactersAreReplaced(String hostile) {
		assertThat(SafeText.clean("a" + hostile + "b", SafeText.VALUE)).isEqualTo("a\uFFFDb");
	}

	@Test
	void longTextIsCutToTheLimitWithAnEllipsis() {
		String cleaned = SafeText.clean("x".repeat(100_000), SafeText.VALUE);

		assertThat(cleaned).hasSize(SafeText.VALUE).endsWith("x\u2026");
	}

	@Test
	void cutNeverSplitsASurrogatePair() {
		String cleaned = SafeText.clean("🔑".repeat(10), 6);

		assertThat(cleaned).isEqualTo("🔑🔑\u2026");
		assertThat(cleaned.codePoints()).doesNotContain((int) '\uFFFD');
	}

	@Test
	void textAtTheLimitIsNotCut() {
		assertThat(SafeText.clean("x".repeat(SafeText.VALUE), SafeText.VALUE)).isEqualTo("x".repeat(SafeText.VALUE));
	}

	@Test
	void cleaningTwiceChangesNothing() {
		String once = SafeText.clean("\u001b[1m" + "y".repeat(300) + "\r\n", SafeText.VALUE);

		assertThat(SafeText.clean(once, SafeText.VALUE)).isEqualTo(once);
	}

	@Test
	void nothingStaysNothing() {
		assertThat(SafeText.clean(null, SafeText.VALUE)).isNull();
		assertThat(SafeText.clean("", SafeText.VALUE)).isEmpty();
	}

}
