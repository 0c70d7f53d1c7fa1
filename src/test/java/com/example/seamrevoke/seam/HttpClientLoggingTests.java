package com.example.seamrevoke.seam;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK wire log keeps everything but the request headers, which hold the key. */
class HttpClientLoggingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "headers|''", "all|errors,requests,content,frames,ssl,trace,channel",
					"errors,headers,requests|errors,requests", "ALL|errors,requests,content,frames,ssl,trace,channel",
					"HEADERS , ssl|ssl", "errors,requests|errors,requests", "frames:control|frames:control" })
	void headersAreTakenOut(String requested, String logged) {
		assertThat(HttpClientLogging.withoutHeaders(requested)).isEqualTo(logged);
	}

}
