package com.example.seamrevoke.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.cli.ExitCode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Where the key comes from and where it may go, as an operator runs the command: a key
 * file, a key on the command line, a plain-HTTP endpoint on another host, a redirect, a
 * certificate that fails the checks.
 */
class KeyAndTransportIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	private static final String KEY = "seam_test_7fQz2KeyAndTransport";

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** HTTPS with WireMock's self-signed certificate, which no trust store holds. */
	@RegisterExtension
	static WireMockExtension untrusted = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().dynamicHttpsPort())
		.build();

	@RegisterExtension
	static WireMockExtension elsewhere = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@TempDir
	Path directory;

	@Test
	void revokeWithTheKeyInAFileShouldSendItWithoutTheTrailingNewline() throws IOException {
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		Path keyFile = Files.writeString(directory.resolve("seam_api_key"), KEY + "\n");

		Result result = run("--revoke.seam.api-key-file=" + keyFile, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer " + KEY)));
		result.assertKeyNotShown();
	}

	@Test
	void missingKeyFileShouldExit2NamingTheFileAndSendNothing() {
		Path keyFile = directory.resolve("no-such-secret");

		Result result = run("--revoke.seam.api-key-file=" + keyFile, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("SEAM_API_KEY_FILE " + keyFile + ": no such file").doesNotContain("\tat ");
		seam.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void unreadableKeyFileShouldExit2NamingTheFileNotItsContent() throws IOException {
		Path keyFile = Files.writeString(directory.resolve("two-keys"), KEY + "\n" + KEY + "2\n");

		Result result = run("--revoke.seam.api-key-file=" + keyFile, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("SEAM_API_KEY_FILE " + keyFile + ": more than one line");
		result.assertKeyNotShown();
		seam.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void keyFileThatIsADirectoryShouldExit2NamingIt() {
		Result result = run("--revoke.seam.api-key-file=" + directory, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("SEAM_API_KEY_FILE " + directory + ": cannot be read");
	}

	@Test
	void keyOnTheCommandLineShouldWarnAndNeverEchoIt() {
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));

		Result result = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(result.err()).contains("warning: the API key on the command line is visible to every user");
		result.assertKeyNotShown();
	}

	@Test
	void keyGivenAfterASpaceShouldBeAUsageErrorThatDoesNotEchoIt() {
		Result result = run("--revoke.seam.api-key", KEY, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains("unexpected argument (not shown, it may be a secret)");
		result.assertKeyNotShown();
		seam.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void plainHttpToAnotherHostShouldExit2NamingTheSettingAndSendNothing() {
		Result result = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=http://connect.getseam.com");

		assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(result.err()).contains(
				"SEAM_ENDPOINT (revoke.seam.endpoint) is http://connect.getseam.com: plain HTTP to another host would"
						+ " send the API key in clear text")
			.contains("revoke.seam.allow-insecure-http=true");
		result.assertKeyNotShown();
	}

	@Test
	void plainHttpToThisMachinesNetworkAddressShouldNeedTheExplicitSetting() throws SocketException {
		Optional<String> address = nonLoopbackAddress();
		assumeThat(address).as("a network address other than loopback").isPresent();
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		String endpoint = "http://" + address.get() + ":" + seam.getPort();

		Result refused = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=" + endpoint);
		seam.verify(0, anyRequestedFor(anyUrl()));
		Result allowed = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=" + endpoint,
				"--revoke.seam.allow-insecure-http=true", "--force");

		assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(refused.err()).contains("plain HTTP to another host");
		assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCode.OK);
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void redirectToAnotherHostShouldNotBeFollowedAndShouldStopTheJob(int status) {
		String target = elsewhere.baseUrl() + REVOKE;
		seam.stubFor(post(REVOKE).willReturn(aResponse().withStatus(status).withHeader("Location", target)));
		elsewhere.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));

		Result result = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=" + seam.baseUrl());

		assertThat(result.exitCode()).isEqualTo(ExitCode.STOPPED);
		assertThat(result.out()).contains("Stopped: SEAM_ENDPOINT answered HTTP " + status + ": a redirect to " + target
				+ ", not followed: the key is sent to no other host");
		seam.verify(1, postRequestedFor(urlEqualTo(REVOKE)));
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
		result.assertKeyNotShown();
	}

	@Test
	void httpsEndpointWithAnUntrustedCertificateShouldStopTheJobWithoutSendingAnything() {
		untrusted.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		String endpoint = "https://localhost:" + untrusted.getHttpsPort();

		Result result = run("--revoke.seam.api-key=" + KEY, "--revoke.seam.endpoint=" + endpoint);

		assertThat(result.exitCode()).isEqualTo(ExitCode.STOPPED);
		assertThat(result.out()).contains("Stopped: the TLS certificate of SEAM_ENDPOINT is not trusted");
		untrusted.verify(0, anyRequestedFor(anyUrl()));
	}

	private Result run(String... args) {
		Path input = directory.resolve("input.csv");
		try {
			Files.writeString(input, "user_identity_id,device_id\n" + USER + "," + DEVICE + "\n");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--input=" + input);
		all.add("--report=" + directory.resolve("report.csv"));
		all.add("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath());
		all.add("--revoke.retry.base-delay=10ms");
		if (all.stream().noneMatch(arg -> arg.startsWith("--revoke.seam.api-key="))) {
			// the key under test comes from a file; one in this JVM's environment must
			// not count
			all.add("--revoke.seam.api-key=");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Command(SeamRevokeBatchApplication.class).run(all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
				directory.resolve("report.csv"));
	}

	private static Optional<String> nonLoopbackAddress() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
					&& !address.isLinkLocalAddress())
			.map(InetAddress::getHostAddress)
			.findFirst();
	}

	record Result(int exitCode, String out, String err, Path report) {

		void assertKeyNotShown() {
			assertThat(out).doesNotContain(KEY);
			assertThat(err).doesNotContain(KEY);
			try {
				if (Files.exists(report)) {
					assertThat(Files.readString(report)).doesNotContain(KEY);
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
