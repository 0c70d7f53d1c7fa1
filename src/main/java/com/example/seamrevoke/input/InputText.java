package com.example.seamrevoke.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An input opened as text: UTF-8 unless a byte-order mark (or the zero bytes of UTF-16
 * without one) says UTF-16, the mark itself skipped, and Excel's {@code sep=;} first line
 * read and consumed. Bytes that are not valid text become U+FFFD, so they end in INVALID
 * rows rather than errors.
 */
final class InputText implements Closeable {

	private static final int BUFFER = 64 * 1024;

	private final BufferedReader reader;

	private final @Nullable Character declaredSeparator;

	private InputText(BufferedReader reader, @Nullable Character declaredSeparator) {
		this.reader = reader;
		this.declaredSeparator = declaredSeparator;
	}

	static InputText open(Path file) {
		try {
			InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
			in.mark(4);
			byte[] head = in.readNBytes(4);
			in.reset();
			refuseWorkbook(file, in, head);
			Charset charset = charset(head);
			in.skipNBytes(bomLength(head));
			var decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
			return new InputText(reader, separatorLine(reader));
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
	}

	/**
	 * A workbook saved under a .csv name is a common slip: say so instead of "no
	 * columns".
	 */
	private static void refuseWorkbook(Path file, InputStream in, byte[] head) throws IOException {
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean ole = head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
				&& (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
		if (zip || ole) {
			in.close();
			throw new InputFileException(file, 0, "is a spreadsheet workbook (" + (zip ? ".xlsx" : ".xls")
					+ "), not CSV text: save it as \"CSV UTF-8\" or \"Unicode Text\" first");
		}
	}

	private static Charset charset(byte[] head) {
		int b0 = head.length > 0 ? head[0] & 0xFF : -1;
		int b1 = head.length > 1 ? head[1] & 0xFF : -1;
		if ((b0 == 0xFF && b1 == 0xFE) || (head.length == 4 && b0 != 0 && b1 == 0 && head[2] != 0 && head[3] == 0)) {
			return StandardCharsets.UTF_16LE;
		}
		if ((b0 == 0xFE && b1 == 0xFF) || (head.length == 4 && b0 == 0 && b1 != 0 && head[2] == 0 && head[3] != 0)) {
			return StandardCharsets.UTF_16BE;
		}
		return StandardCharsets.UTF_8;
	}

	private static int bomLength(byte[] head) {
		int b0 = head.length > 0 ? head[0] & 0xFF : -1;
		int b1 = head.length > 1 ? head[1] & 0xFF : -1;
		int b2 = head.length > 2 ? head[2] & 0xFF : -1;
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			return 3;
		}
		return ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) ? 2 : 0;
	}

	/**
	 * Excel reads (and some exporters write) {@code sep=;} as the first line to name the
	 * separator; it is not a row.
	 */
	private static @Nullable Character separatorLine(BufferedReader reader) throws IOException {
		reader.mark(64);
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = reader.read()) >= 0 && c != '\n' && c != '\r' && line.length() < 32) {
			line.append((char) c);
		}
		Character separator = declaredSeparator(line.toString());
		if (separator == null || line.length() >= 32) {
			reader.reset();
			return null;
		}
		if (c == '\r') {
			reader.mark(1);
			if (reader.read() != '\n') {
				reader.reset();
			}
		}
		return separator;
	}

	static @Nullable Character declaredSeparator(String line) {
		// only spaces: the separator itself may be a tab
		String text = line.replaceAll("^ +| +$", "");
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		if (text.length() < 5 || !text.toLowerCase(Locale.ROOT).startsWith("sep=")) {
			return null;
		}
		char separator = text.charAt(4);
		boolean onlyRepeats = text.substring(5).chars().allMatch(c -> c == separator || c == ' ');
		return (separator != '"' && separator != ' ' && onlyRepeats) ? separator : null;
	}

	BufferedReader reader() {
		return reader;
	}

	/** The separator named by a {@code sep=} first line, if the file has one. */
	@Nullable Character declaredSeparator() {
		return declaredSeparator;
	}

	/** Physical lines already consumed: the {@code sep=} line. */
	long linesBefore() {
		return declaredSeparator != null ? 1 : 0;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
