package com.example.seamrevoke.input;

/**
 * How one input file is laid out, found by {@link CsvLayoutDetector}. {@code headerLine}
 * is 0 for a header-less file; {@code lineColumn} and {@code outcomeColumn} are set (not
 * -1) when the file is a report of an earlier run. A file without a device column lists
 * people ({@code deviceColumn} is -1): by {@code userIdentityColumn}, by
 * {@code userIdentityKeyColumn}, or both.
 */
public record CsvLayout(char separator, long headerLine, int userIdentityColumn, int deviceColumn, int lineColumn,
		int outcomeColumn, int userIdentityKeyColumn) {

	public boolean isReport() {
		return outcomeColumn >= 0 && lineColumn >= 0;
	}

	/** Each row means "this person, every device" (docs/formats.md, "People files"). */
	public boolean isPeople() {
		return deviceColumn < 0;
	}

	static String separatorName(char separator) {
		return switch (separator) {
			case '\t' -> "tab";
			default -> "'" + separator + "'";
		};
	}
}
