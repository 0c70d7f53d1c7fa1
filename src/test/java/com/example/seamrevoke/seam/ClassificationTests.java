package com.example.seamrevoke.seam;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "How Seam's answers are handled" table of docs/operations.md, one answer at a time.
 */
class ClassificationTests {

	@ParameterizedTest
	@ValueSource(ints = { 200, 204 })
	void classifyWhenStatusIsSuccessfulShouldBeSuccess(int status) {
		assertThat(Classification.of(seamError(status, null))).isEqualTo(Classification.SUCCESS);
	}

	@ParameterizedTest
	@CsvSource({ "400, invalid_input", "400, user_identity_not_found", "404, device_not_found", "422, ",
			"422, unprocessable" })
	void classifyWhenSeamErrorConcernsTheRowShouldBePermanent(int status, String errorType) {
		assertThat(Classification.of(seamError(status, errorType))).isEqualTo(Classification.PERMANENT);
	}

	@ParameterizedTest
	@CsvSource({ "401, unauthorized", "403, forbidden", "400, missing_workspace_id", "405, ", "501, " })
	void classifyWhenEveryRowWouldGetTheAnswerShouldBeFatal(int status, String errorType) {
		assertThat(Classification.of(seamError(status, errorType))).isEqualTo(Classification.FATAL);
	}

	@Test
	void classifyWhenNotFoundHasNoSeamErrorBodyShouldBeFatal() {
		// given: a 404 from a proxy or a wrong base URL, not Seam's JSON error
		SeamAnswer answer = new SeamAnswer(404, null, null, null, null, false);

		// when / then
		assertThat(Classification.of(answer)).isEqualTo(Classification.FATAL);
	}

	@Test
	void classifyWhenNotFoundHasASeamErrorBodyShouldBePermanent() {
		SeamAnswer answer = new SeamAnswer(404, "device_not_found", "Device not found", "req_1", null, true);

		assertThat(Classification.of(answer)).isEqualTo(Classification.PERMANENT);
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504 })
	void classifyWhenSeamIsOverloadedOrFailingShouldBeTransient(int status) {
		assertThat(Classification.of(seamError(status, null))).isEqualTo(Classification.TRANSIENT);
	}

	@Test
	void classifyWhenThrottledWithRetryAfterShouldBeTransient() {
		SeamAnswer answer = new SeamAnswer(429, "rate_limited", "slow down", "req_2", Duration.ofSeconds(3), true);

		assertThat(Classification.of(answer)).isEqualTo(Classification.TRANSIENT);
	}

	@Test
	void classifyWhenTransportFailsShouldBeTransient() {
		assertThat(Classification.of(SeamAnswer.transportError("Read timed out"))).isEqualTo(Classification.TRANSIENT);
	}

	private static SeamAnswer seamError(int status, String errorType) {
		return new SeamAnswer(status, errorType, errorType == null ? null : "message", "req_0", null, true);
	}

}
