package com.example.seamrevoke.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The Seam API key, from {@code SEAM_API_KEY} or from the file {@code SEAM_API_KEY_FILE}
 * names (a Docker or Kubernetes secret). No message, log line or {@code toString} ever
 * shows it: an error names the variable or the file, never the content
 * (docs/operations.md, "Security").
 */
public final class ApiKey {

	/** Larger than any key: a file this big is the wrong file. */
	private static final int MAX_FILE_BYTES = 4096;

	private final String value;

	private ApiKey(String value) {
		this.value = value;
	}

	/**
	 * The key the settings give, or {@code null} when neither {@code SEAM_API_KEY} nor
	 * {@code SEAM_API_KEY_FILE} is set.
	 */
	public static @Nullable ApiKey from(RevokeProperties.Seam seam) {
		boolean inline = isSet(seam.apiKey());
		boolean inFile = isSet(seam.apiKeyFile());
		if (inline && inFile) {
			throw new InvalidSettingException("SEAM_API_KEY and SEAM_API_KEY_FILE are both set"
					+ " (revoke.seam.api-key, revoke.seam.api-key-file): set one of them");
		}
		if (inline) {
			return checked(seam.apiKey().strip(), "SEAM_API_KEY (revoke.seam.api-key)");
		}
		return inFile ? fromFile(Path.of(seam.apiKeyFile().strip())) : null;
	}

	private static ApiKey fromFile(Path file) {
		String source = "SEAM_API_KEY_FILE " + file;
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		}
		catch (NoSuchFileException e) {
			throw new InvalidSettingException(source + ": no such file");
		}
		catch (IOException e) {
			// the JDK's messages name the path and the reason, never the content
			throw new InvalidSettingException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
		}
		if (bytes.length > MAX_FILE_BYTES) {
			throw new InvalidSettingException(source + ": larger than " + MAX_FILE_BYTES + " bytes, not a key file");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			return checked(text.strip(), source);
		}
		catch (CharacterCodingException e) {
			throw new InvalidSettingException(source + ": not text (a key is printable ASCII)");
		}
	}

	/**
	 * A key is printable ASCII without spaces: anything else would make the HTTP client
	 * throw an exception that quotes the header.
	 */
	private static ApiKey checked(String key, String source) {
		if (key.isEmpty()) {
			throw new InvalidSettingException(source + ": empty");
		}
		if (key.lines().count() > 1) {
			throw new InvalidSettingException(source + ": more than one line (a key is one line)");
		}
		if (!key.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
			throw new InvalidSettingException(
					source + ": holds spaces, control or non-ASCII characters, which a key cannot hold");
		}
		return new ApiKey(key);
	}

	private static boolean isSet(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** For the Authorization header only. */
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return "ApiKey[****]";
	}

}
