package com.example.seamrevoke.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.SeamRevokeBatchApplication;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.cli.ExitCode;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids with quotes, backslashes, JSON and look-alike unicode in the id columns: they are
 * not UUIDs, so they are INVALID and never reach Seam; the valid ones reach it as the
 * JSON the JSON library writes, nothing built by hand.
 */
class HostileIdsCommandIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	private static final String DEVICE_UPPER = "0ED90475-9531-485D-9D9D-C9F81818E811";

	private static final List<String> HOSTILE_DEVICES = List.of(DEVICE + "\"", "892f902b-d23f-4824-928b-2f330c5c7fd\\",
			"\",\"device_id\":\"" + DEVICE, "892f902b-d23f-4824-928b-2f330c5c7fd\uFF10",
			"892f902b-d23f-4824-928b-2f330c5c7fd\u0430", DEVICE + "\\u0000", "{\"$ne\":null}");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void revokeWhenIdColumnsHoldQuotesBackslashesAndUnicodeShouldSendOnlyLibraryWrittenJsonForValidIds()
			throws IOException {
		// given
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		StringBuilder csv = new StringBuilder("user_identity_id,device_id\n" + USER + "," + DEVICE + "\n");
		for (String device : HOSTILE_DEVICES) {
			csv.append(USER).append(",\"").append(device.replace("\"", "\"\"")).append("\"\n");
		}
		csv.append(USER).append(",").append(DEVICE_UPPER).append("\n");
		Path input = Files.writeString(directory.resolve("hostile-ids.csv"), csv);
		Path report = directory.resolve("report.csv");

		// when
		int exitCode = run("--input=" + input, "--report=" + report, "--revoke.seam.api-key=k",
				"--revoke.seam.endpoint=" + seam.baseUrl(),
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/revocations").toAbsolutePath());

		// then: the hostile rows are INVALID, and exactly the two valid pairs were sent
		assertThat(exitCode).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(Files.readAllLines(report)).filteredOn(line -> line.contains(",INVALID,"))
			.hasSize(HOSTILE_DEVICES.size());
		List<String> bodies = seam.findAll(postRequestedFor(urlEqualTo(REVOKE)))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.toList();
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(0)).isIn(jacksonWritten(USER, DEVICE));
		assertThat(bodies.get(1)).isIn(jacksonWritten(USER, DEVICE_UPPER));
		assertThat(String.join("\n", bodies)).doesNotContain("\\", "$ne", "\uFF10", "\u0430").contains(DEVICE_UPPER);
	}

	/** The body as Jackson writes it, in either field order. */
	private static List<String> jacksonWritten(String user, String device) {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> userFirst = new LinkedHashMap<>();
		userFirst.put("user_identity_id", user);
		userFirst.put("device_id", device);
		Map<String, String> deviceFirst = new LinkedHashMap<>();
		deviceFirst.put("device_id", device);
		deviceFirst.put("user_identity_id", user);
		return List.of(json.writeValueAsString(userFirst), json.writeValueAsString(deviceFirst));
	}

	private static int run(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		return new Command(SeamRevokeBatchApplication.class).run(args,
				new PrintStream(sink, true, StandardCharsets.UTF_8),
				new PrintStream(sink, true, StandardCharsets.UTF_8));
	}

}
