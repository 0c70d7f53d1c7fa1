package com.example.seamrevoke.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an input as UTF-8 text without the byte-order mark Excel puts in front of "CSV
 * UTF-8".
 */
final class InputFiles {

	private InputFiles() {
	}

	static BufferedReader open(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
		reader.mark(1);
		if (reader.read() != CsvLayoutDetector.BOM) {
			reader.reset();
		}
		return reader;
	}

}
