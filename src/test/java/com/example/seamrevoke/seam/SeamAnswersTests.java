package com.example.seamrevoke.seam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 2xx is a success only when its body does not say {@code "ok": false}. */
class SeamAnswersTests {

	private final SeamAnswers answers = new SeamAnswers(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

	@Test
	void okFalseInA200IsARefusalNotASuccess() throws IOException {
		SeamAnswer answer = read(200, "{\"ok\":false}");

		assertThat(Classification.of(answer)).isEqualTo(Classification.PERMANENT);
		assertThat(answer.errorType()).isEqualTo("not_ok");
		assertThat(SeamResult.of(SeamResult.Verdict.REJECTED, answer, 1).errorMessage())
			.isEqualTo("Seam answered HTTP 200 with \"ok\": false");
	}

	@Test
	void okFalseWithSeamsErrorKeepsItsTypeAndMessage() throws IOException {
		SeamAnswer answer = read(200, "{\"ok\":false,\"error\":{\"type\":\"acs_system_offline\",\"message\":\"Off\"}}");

		assertThat(Classification.of(answer)).isEqualTo(Classification.PERMANENT);
		assertThat(answer.errorType()).isEqualTo("acs_system_offline");
		assertThat(answer.errorMessage()).isEqualTo("Off");
	}

	@Test
	void okTrueAnEmptyObjectAndAnEmptyBodyAreSuccesses() throws IOException {
		assertThat(Classification.of(read(200, "{\"ok\":true}"))).isEqualTo(Classification.SUCCESS);
		assertThat(Classification.of(read(200, "{}"))).isEqualTo(Classification.SUCCESS);
		assertThat(Classification.of(read(204, ""))).isEqualTo(Classification.SUCCESS);
	}

	@Test
	void seamErrorBodyGivesTypeMessageAndRequestId() throws IOException {
		SeamAnswer answer = read(404, "{\"error\":{\"type\":\"access_grant_not_found\",\"message\":\"Gone\"}}");

		assertThat(answer.errorType()).isEqualTo("access_grant_not_found");
		assertThat(answer.isSeamError()).isTrue();
		assertThat(answer.requestId()).isEqualTo("req_1");
	}

	private SeamAnswer read(int status, String body) throws IOException {
		Map<String, String> headers = Map.of("seam-request-id", "req_1");
		return answers.read(status, headers::get, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

}
