package com.example.seamrevoke.seam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers that mean the key must go no further: a redirect, a certificate that fails. */
class TransportClassificationTests {

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void redirectStopsTheJob(int status) {
		SeamAnswer answer = new SeamAnswer(status, null, "a redirect to https://elsewhere, not followed", null, null,
				false);

		assertThat(Classification.of(answer)).isEqualTo(Classification.FATAL);
	}

	@Test
	void untrustedCertificateStopsTheJobButANetworkFailureIsRetried() {
		assertThat(Classification.of(SeamAnswer.untrustedCertificate("SSLHandshakeException: PKIX path")))
			.isEqualTo(Classification.FATAL);
		assertThat(Classification.of(SeamAnswer.transportError("SSLHandshakeException: Remote host terminated")))
			.isEqualTo(Classification.TRANSIENT);
	}

}
