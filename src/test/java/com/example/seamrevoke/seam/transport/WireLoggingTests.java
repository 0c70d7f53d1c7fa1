package com.example.seamrevoke.seam.transport;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK wire log keeps everything but the request headers, which hold the key. */
class WireLoggingTests {

	@Test
	void requestHeadersAreDroppedAndTheRestOfTheWireLogKept() {
		assertThat(WireLogging.holdsNoRequestHeaders(record(
				"sun.net.www.MessageHeader@1b2c3d 6 pairs: {POST /user_identities/get HTTP/1.1: null}{Authorization: Bearer seam_x}")))
			.isFalse();
		assertThat(WireLogging.holdsNoRequestHeaders(record("{authorization: Bearer seam_x}"))).isFalse();
		assertThat(WireLogging.holdsNoRequestHeaders(
				record("sun.net.www.MessageHeader@4e5f 3 pairs: {null: HTTP/1.1 200 OK}{Content-Length: 11}")))
			.isTrue();
		assertThat(WireLogging.holdsNoRequestHeaders(record("Timeout currently set to 30000"))).isTrue();
	}

	@Test
	void theFilterSitsOnTheLoggerTheJdkWritesTo() {
		WireLogging.keepHeadersOut();

		assertThat(Logger.getLogger(WireLogging.LOGGER).getFilter()).isNotNull();
		assertThat(Logger.getLogger(WireLogging.LOGGER).getFilter().isLoggable(record("{Authorization: Bearer k}")))
			.isFalse();
	}

	private static LogRecord record(String message) {
		return new LogRecord(Level.FINE, message);
	}

}
