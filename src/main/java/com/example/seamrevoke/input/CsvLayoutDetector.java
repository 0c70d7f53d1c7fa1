package com.example.seamrevoke.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds the separator and the columns of a spreadsheet export from its first non-blank
 * row: headers match in their usual spellings ({@code user_identity_id},
 * {@code User Identity ID}, {@code userIdentityId}); a first row of two UUIDs means there
 * is no header. The separator is the one a {@code sep=} line names, else whichever of
 * {@code ,}, {@code ;} and tab finds the columns (the one splitting the row most when
 * none does). A header with a user identity id or key column and no device column at all
 * means a people file.
 */
public final class CsvLayoutDetector {

	private static final List<Character> SEPARATORS = List.of(',', ';', '\t');

	private CsvLayoutDetector() {
	}

	public static CsvLayout detect(Path file) {
		Character declared;
		try (InputText text = InputText.open(file)) {
			declared = text.declaredSeparator();
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
		CsvLayout found = null;
		int foundCells = 0;
		CsvRecord widest = null;
		char widestSeparator = ',';
		InputFileException firstError = null;
		for (char separator : (declared != null) ? List.of(declared) : SEPARATORS) {
			CsvRecord first;
			try {
				first = firstRow(file, separator);
			}
			catch (InputFileException e) {
				firstError = (firstError != null) ? firstError : e;
				continue;
			}
			CsvLayout layout = layoutOf(separator, first);
			if (layout != null && first.cells().size() > foundCells) {
				found = layout;
				foundCells = first.cells().size();
			}
			if (widest == null || first.cells().size() > widest.cells().size()) {
				widest = first;
				widestSeparator = separator;
			}
		}
		if (found != null) {
			return found;
		}
		if (widest == null) {
			throw firstError;
		}
		throw new InputFileException(file, widest.line(),
				"no user_identity_id and device_id columns (nor, for a people file, a user_identity_id or"
						+ " user_identity_key column without a device column); found " + describe(widest.cells())
						+ " separated by " + CsvLayout.separatorName(widestSeparator)
						+ " (a file without a header must start with two UUIDs)");
	}

	private static CsvRecord firstRow(Path file, char separator) {
		try (InputText text = InputText.open(file); CsvRecords records = new CsvRecords(file, text, separator, true)) {
			CsvRecord record;
			while ((record = records.next()) != null) {
				if (record.problem() != null) {
					throw new InputFileException(file, record.line(), "the first row " + record.problem()
							+ ": this is not a spreadsheet export with user_identity_id and device_id columns");
				}
				// Excel writes an empty row as ",,": skipped whatever the separator
				if (!String.join("", record.cells()).replaceAll("[,;\t\s\"]", "").isEmpty()) {
					return record;
				}
			}
			throw new InputFileException(file, 0,
					"the file is empty: expected a header with user_identity_id and device_id");
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
	}

	private static @Nullable CsvLayout layoutOf(char separator, CsvRecord first) {
		if (Ids.isUuid(first.cell(0)) && Ids.isUuid(first.cell(1))) {
			return new CsvLayout(separator, 0, 0, 1, -1, -1, -1);
		}
		List<String> names = first.cells().stream().map(CsvLayoutDetector::normalise).toList();
		int user = names.indexOf("useridentityid");
		int key = names.indexOf("useridentitykey");
		int device = names.indexOf("deviceid");
		if (device < 0 && (user >= 0 || key >= 0)) {
			return new CsvLayout(separator, first.line(), user, -1, -1, -1, key);
		}
		if (user < 0 || device < 0) {
			return null;
		}
		return new CsvLayout(separator, first.line(), user, device, names.indexOf("line"), names.indexOf("outcome"),
				key);
	}

	/**
	 * {@code User Identity ID}, {@code user_identity_id} and {@code userIdentityId} all
	 * become {@code useridentityid}.
	 */
	static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String describe(List<String> cells) {
		String found = cells.stream()
			.limit(8)
			.map(c -> "'" + Ids.echo(c.strip()) + "'")
			.collect(Collectors.joining(", "));
		return cells.size() == 1 ? "one column " + found : cells.size() + " columns " + found;
	}

}
