package com.example.seamrevoke.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;

/**
 * Finds the separator and the columns of a spreadsheet export from its first non-blank
 * line: headers match in their usual spellings ({@code user_identity_id},
 * {@code User Identity ID}, {@code userIdentityId}); a first row of two UUIDs means there
 * is no header. A header with a user identity id or key column and no device column at
 * all means a people file.
 */
public final class CsvLayoutDetector {

	private static final char[] SEPARATORS = { ',', ';', '\t' };
	static final char BOM = '\uFEFF';

	private CsvLayoutDetector() {
	}

	public static CsvLayout detect(Path file) {
		try (BufferedReader reader = InputFiles.open(file)) {
			String line;
			long number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				// Excel writes an empty row as ",,": the reader skips those too
				if (!line.replaceAll("[,;\t\s\"]", "").isEmpty()) {
					return detect(file, number, line);
				}
			}
			throw new InputFileException(file, 0,
					"the file is empty: expected a header with user_identity_id and device_id");
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
	}

	static CsvLayout detect(Path file, long lineNumber, String firstLine) {
		char separator = separatorOf(firstLine);
		String[] cells = cells(file, lineNumber, separator, firstLine);
		if (cells.length >= 2 && Ids.isUuid(cells[0].trim()) && Ids.isUuid(cells[1].trim())) {
			return new CsvLayout(separator, 0, 0, 1, -1, -1, -1);
		}
		List<String> names = Arrays.stream(cells).map(CsvLayoutDetector::normalise).toList();
		int user = names.indexOf("useridentityid");
		int key = names.indexOf("useridentitykey");
		int device = names.indexOf("deviceid");
		if (device < 0 && (user >= 0 || key >= 0)) {
			return new CsvLayout(separator, lineNumber, user, -1, -1, -1, key);
		}
		if (user < 0 || device < 0) {
			throw new InputFileException(file, lineNumber, "no user_identity_id and device_id columns (nor, for a"
					+ " people file, a user_identity_id or user_identity_key column without a device column); found "
					+ describe(cells) + " separated by " + CsvLayout.separatorName(separator)
					+ " (a file without a header must start with two UUIDs)");
		}
		return new CsvLayout(separator, lineNumber, user, device, names.indexOf("line"), names.indexOf("outcome"), key);
	}

	private static String[] cells(Path file, long lineNumber, char separator, String line) {
		try {
			return parser(separator).parseLine(line);
		}
		catch (IOException e) {
			throw new InputFileException(file, lineNumber, "cannot be parsed: " + e.getMessage());
		}
	}

	static RFC4180Parser parser(char separator) {
		return new RFC4180ParserBuilder().withSeparator(separator).build();
	}

	/**
	 * {@code User Identity ID}, {@code user_identity_id} and {@code userIdentityId} all
	 * become {@code useridentityid}.
	 */
	static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static char separatorOf(String line) {
		char best = ',';
		int bestCount = 0;
		for (char candidate : SEPARATORS) {
			int count = countOutsideQuotes(line, candidate);
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char wanted) {
		int count = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == wanted && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static String describe(String[] cells) {
		String found = Arrays.stream(cells).map(c -> "'" + c.trim() + "'").limit(8).collect(Collectors.joining(", "));
		return cells.length == 1 ? "one column " + found : cells.length + " columns " + found;
	}

}
