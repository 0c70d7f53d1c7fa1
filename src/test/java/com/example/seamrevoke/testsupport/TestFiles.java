package com.example.seamrevoke.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files as spreadsheets save them: UTF-8, with or without a byte-order mark. */
public final class TestFiles {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TestFiles() {
	}

	/** A new file in {@code directory} holding exactly {@code content}. */
	public static Path write(Path directory, String content) throws IOException {
		return write(directory, new byte[0], content);
	}

	/**
	 * A new file in {@code directory} starting with a UTF-8 byte-order mark, as Excel
	 * saves.
	 */
	public static Path writeWithBom(Path directory, String content) throws IOException {
		return write(directory, BOM, content);
	}

	private static Path write(Path directory, byte[] prefix, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(prefix);
		bytes.write(content.getBytes(StandardCharsets.UTF_8));
		Path file = Files.createTempFile(directory, "input-", ".csv");
		Files.write(file, bytes.toByteArray());
		return file;
	}

}
