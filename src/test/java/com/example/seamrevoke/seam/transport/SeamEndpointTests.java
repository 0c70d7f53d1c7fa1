package com.example.seamrevoke.seam.transport;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.settings.InvalidSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the key may go in clear text: this machine only, unless allowed. */
class SeamEndpointTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://connect.getseam.com", "https://seam.internal:8443/base", "http://127.0.0.1:8080",
			"http://127.8.9.10", "http://localhost:9000", "HTTP://LOCALHOST", "http://[::1]:8080" })
	void httpsAnywhereAndHttpOnThisMachineAreAccepted(String endpoint) {
		assertThat(SeamEndpoint.checked(URI.create(endpoint), false)).isEqualTo(URI.create(endpoint));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://connect.getseam.com", "http://192.0.2.2:8080", "http://localhost.example.com",
			"http://[2001:db8::1]", "http://127.0.0.1.nip.io" })
	void httpToAnotherHostIsRefusedNamingTheSetting(String endpoint) {
		assertThatThrownBy(() -> SeamEndpoint.checked(URI.create(endpoint), false))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageContaining("SEAM_ENDPOINT (revoke.seam.endpoint)")
			.hasMessageContaining("revoke.seam.allow-insecure-http=true");
	}

	@Test
	void httpToAnotherHostIsAcceptedWhenExplicitlyAllowed() {
		URI endpoint = URI.create("http://seam-proxy.internal:8080");

		assertThat(SeamEndpoint.checked(endpoint, true)).isEqualTo(endpoint);
	}

	@ParameterizedTest
	@ValueSource(strings = { "connect.getseam.com", "ftp://connect.getseam.com", "file:///etc/passwd", "https:/x" })
	void somethingOtherThanAnHttpUrlIsRefused(String endpoint) {
		assertThatThrownBy(() -> SeamEndpoint.checked(URI.create(endpoint), true))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageContaining("must be an https:// URL");
	}

	@Test
	void userInformationInTheUrlIsNeverShown() {
		assertThatThrownBy(() -> SeamEndpoint.checked(URI.create("http://admin:hunter2@seam.example.com"), false))
			.hasMessageContaining("http://seam.example.com")
			.hasMessageNotContaining("hunter2");
	}

}
