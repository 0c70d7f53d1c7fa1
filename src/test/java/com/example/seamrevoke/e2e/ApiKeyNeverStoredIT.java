package com.example.seamrevoke.e2e;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, as an operator debugging a run would start it: every log at TRACE,
 * Boot's condition report, the JDK HTTP client's wire log (FINE, bridged to TRACE), with
 * a recognisable key from SEAM_API_KEY, then a rerun with the key from SEAM_API_KEY_FILE.
 * The key is in no output stream, no report, no database file and no row of any table.
 */
class ApiKeyNeverStoredIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String KEY = "seam_canary_Q7w3ZxLeakHunt91";

	/**
	 * HttpURLConnection's JDK logger (its name shortened by the log pattern): at TRACE it
	 * logs the answers' headers.
	 */
	private static final String WIRE_LOG = "HttpURLConnection";

	private static final Pattern EXECUTION = Pattern.compile("Execution (\\d+) ");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	@Test
	void keyAtTraceWithWireLoggingShouldAppearInNoOutputReportOrDatabase() throws Exception {
		// given: a revoked row, a rejected one, one failing every attempt, an invalid one
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}")));
		seam.stubFor(post(REVOKE).withRequestBody(matching(".*0ed90475.*"))
			.willReturn(aResponse().withStatus(404)
				.withBody("{\"error\":{\"type\":\"device_not_found\",\"message\":\"Device not found\"}}")));
		seam.stubFor(post(REVOKE).withRequestBody(matching(".*099950d8.*")).willReturn(aResponse().withStatus(503)));
		Path input = Files.writeString(directory.resolve("offboarding.csv"),
				"user_identity_id,device_id\n" + USER + ",892f902b-d23f-4824-928b-2f330c5c7fd0\n" + USER
						+ ",0ed90475-9531-485d-9d9d-c9f81818e811\n" + USER + ",099950d8-36f6-45cc-81e7-4ef5e8e25d94\n"
						+ "not-a-uuid," + USER + "\n");
		Path keyFile = Files.writeString(directory.resolve("seam_api_key"), KEY + "\n");

		// when
		String first = runJar(Map.of("SEAM_API_KEY", KEY), "first.log", "--input=" + input).output();
		Matcher execution = EXECUTION.matcher(first);
		assertThat(execution.find()).as(first).isTrue();
		JarProcess rerunJar = runJar(Map.of("SEAM_API_KEY_FILE", keyFile.toString()), "rerun.log",
				"--rerun-failed=" + execution.group(1));
		String rerun = rerunJar.output();

		// then: the key was used, from both sources ...
		seam.verify(postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", equalTo("Bearer " + KEY)));
		seam.verify(0, postRequestedFor(urlEqualTo(REVOKE)).withHeader("Authorization", notContaining(KEY)));
		assertThat(first).contains("Execution 1 COMPLETED: 4 rows");
		assertThat(rerun).contains("Rerunning the 2 FAILED rows of execution 1");
		// ... every kind of logging asked for was on ...
		assertThat(first).contains(" TRACE ", "CONDITIONS EVALUATION REPORT", WIRE_LOG);
		// ... and the key is nowhere
		assertThat(first).doesNotContain(KEY);
		assertThat(rerun).doesNotContain(KEY);
		List<Path> files;
		try (Stream<Path> all = Files.walk(directory)) {
			files = all.filter(Files::isRegularFile).filter(file -> !file.equals(keyFile)).toList();
		}
		assertThat(files).anyMatch(file -> file.toString().endsWith(".mv.db"))
			.anyMatch(file -> file.toString().endsWith(".report.csv"))
			.anyMatch(file -> file.toString().endsWith(".report.html"));
		for (Path file : files) {
			assertThat(containsKey(Files.readAllBytes(file))).as(file.toString()).isFalse();
		}
		assertNoTableHoldsTheKey(rerunJar);
	}

	/** Runs the jar to its end, which must be exit 1 (a row is FAILED, one INVALID). */
	private JarProcess runJar(Map<String, String> environment, String logName, String... args) throws Exception {
		JarProcess jar = JarProcess.loggingTo(directory.resolve(logName))
			// Boot's condition report exists only without the build's ahead-of-time bean
			// definitions (docs/install.md)
			.jvmOptions("-Xmx256m", "-Ddebug=true", "-Dspring.aot.enabled=false")
			.workingDirectory(directory)
			.h2File(directory.resolve("db/revocations"))
			.arguments(args)
			.arguments("--logging.level.root=TRACE", "--revoke.seam.endpoint=" + seam.baseUrl(),
					"--revoke.retry.base-delay=10ms", "--revoke.report-directory=" + directory.resolve("reports"));
		environment.forEach(jar::environment);
		int exitCode = jar.runToEnd();
		String output = jar.output();
		assertThat(exitCode).as(output.length() > 5000 ? output.substring(output.length() - 5000) : output)
			.isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		return jar;
	}

	private void assertNoTableHoldsTheKey(JarProcess run) throws SQLException {
		try (Connection connection = run.database()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					if (!"INFORMATION_SCHEMA".equals(rows.getString("TABLE_SCHEM"))) {
						tables.add(rows.getString("TABLE_SCHEM") + ".\"" + rows.getString("TABLE_NAME") + "\"");
					}
				}
			}
			assertThat(tables).contains("PUBLIC.\"BATCH_JOB_EXECUTION_PARAMS\"",
					"PUBLIC.\"BATCH_JOB_EXECUTION_CONTEXT\"", "PUBLIC.\"BATCH_STEP_EXECUTION_CONTEXT\"",
					"PUBLIC.\"REVOCATION_OUTCOME\"");
			long cells = 0;
			for (String table : tables) {
				try (ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						for (int i = 1; i <= columns.getColumnCount(); i++) {
							cells++;
							assertThat(containsKey(cell(rows, i, columns.getColumnType(i))))
								.as(table + "." + columns.getColumnName(i))
								.isFalse();
						}
					}
				}
			}
			assertThat(cells).as("cells read").isGreaterThan(100);
		}
	}

	private static byte[] cell(ResultSet rows, int column, int type) throws SQLException {
		if (type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
			byte[] bytes = rows.getBytes(column);
			return bytes == null ? new byte[0] : bytes;
		}
		String text = rows.getString(column);
		return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
	}

	/** In the encodings a file or a column could hold it in. */
	private static boolean containsKey(byte[] bytes) {
		for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			if (indexOf(bytes, KEY.getBytes(charset)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
