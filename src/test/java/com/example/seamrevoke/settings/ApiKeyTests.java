package com.example.seamrevoke.settings;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the key comes from, and that no error ever shows it: every message names the
 * variable or the file, never the content.
 */
class ApiKeyTests {

	private static final String KEY = "seam_test_Zq81x";

	@TempDir
	Path directory;

	@Test
	void keyFromTheEnvironmentVariable() {
		assertThat(ApiKey.from(seam(KEY, null)).value()).isEqualTo(KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\n", "\r\n", "\n\n", " \n" })
	void keyFromAFileIgnoresTheTrailingNewline(String ending) throws IOException {
		Path file = Files.writeString(directory.resolve("seam_api_key"), KEY + ending);

		assertThat(ApiKey.from(seam(null, file.toString())).value()).isEqualTo(KEY);
	}

	@Test
	void noKeyAtAllIsNull() {
		assertThat(ApiKey.from(seam(null, null))).isNull();
		assertThat(ApiKey.from(seam(" ", ""))).isNull();
	}

	@Test
	void toStringNeverShowsTheKey() {
		assertThat(ApiKey.from(seam(KEY, null))).hasToString("ApiKey[****]");
		assertThat(seam(KEY, null).toString()).doesNotContain(KEY).contains("apiKey=****");
	}

	@Test
	void bothSourcesAreRefused() throws IOException {
		Path file = Files.writeString(directory.resolve("key"), KEY);

		assertThatThrownBy(() -> ApiKey.from(seam(KEY, file.toString()))).isInstanceOf(InvalidSettingException.class)
			.hasMessageContaining("SEAM_API_KEY and SEAM_API_KEY_FILE are both set")
			.hasMessageNotContaining(KEY);
	}

	@Test
	void missingFileIsNamed() {
		Path file = directory.resolve("absent");

		assertThatThrownBy(() -> ApiKey.from(seam(null, file.toString()))).isInstanceOf(InvalidSettingException.class)
			.hasMessage("SEAM_API_KEY_FILE " + file + ": no such file");
	}

	@Test
	void directoryInsteadOfAFileIsNamed() {
		assertThatThrownBy(() -> ApiKey.from(seam(null, directory.toString())))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("SEAM_API_KEY_FILE " + directory + ": cannot be read");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "\n", "seam_one\nseam_two\n", "seam key", "seam\u0000key", "seam_kéy" })
	void unusableContentIsRefusedWithoutShowingIt(String content) throws IOException {
		Path file = Files.writeString(directory.resolve("key"), content);

		assertThatThrownBy(() -> ApiKey.from(seam(null, file.toString()))).isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("SEAM_API_KEY_FILE " + file + ": ")
			.satisfies(e -> assertThat(e.getMessage().substring(("SEAM_API_KEY_FILE " + file).length()))
				.doesNotContain("seam"));
	}

	@Test
	void binaryOrHugeFileIsRefusedWithoutShowingIt() throws IOException {
		Path binary = Files.write(directory.resolve("binary"), new byte[] { (byte) 0xC3, 0x28, 's', 'e', 'a', 'm' });
		Path huge = Files.writeString(directory.resolve("huge"), "seam".repeat(5000), StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ApiKey.from(seam(null, binary.toString())))
			.hasMessageEndingWith(": not text" + " (a key is printable ASCII)");
		assertThatThrownBy(() -> ApiKey.from(seam(null, huge.toString())))
			.hasMessageEndingWith(": larger than 4096 bytes, not a key file");
	}

	@Test
	void keyWithAControlCharacterInTheVariableIsRefusedWithoutShowingIt() {
		assertThatThrownBy(() -> ApiKey.from(seam("seam\u001bkey", null))).isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("SEAM_API_KEY (revoke.seam.api-key): ")
			.hasMessageNotContaining("seam\u001bkey");
	}

	private static RevokeProperties.Seam seam(String apiKey, String apiKeyFile) {
		return new RevokeProperties.Seam(URI.create("https://connect.getseam.com"), apiKey, apiKeyFile, null,
				Duration.ofSeconds(5), Duration.ofSeconds(30), false);
	}

}
