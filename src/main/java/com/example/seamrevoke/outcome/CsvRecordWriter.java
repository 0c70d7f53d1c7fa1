package com.example.seamrevoke.outcome;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the report's records as RFC 4180 CSV: cells separated by commas, each record
 * ended by CRLF, a cell in double quotes (its quotes doubled) only when it holds a quote,
 * a comma or a line break. A record is written whole, in one call, and an error of the
 * writer reaches the caller (a full disk fails the report, never shortens it quietly).
 */
final class CsvRecordWriter {

	private final Writer out;

	private final StringBuilder record = new StringBuilder(512);

	CsvRecordWriter(Writer out) {
		this.out = out;
	}

	void write(String[] cells) throws IOException {
		record.setLength(0);
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				record.append(',');
			}
			append(cells[i]);
		}
		record.append("\r\n");
		out.append(record);
	}

	private void append(String cell) {
		if (!needsQuotes(cell)) {
			record.append(cell);
			return;
		}
		record.append('"');
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"') {
				record.append('"');
			}
			record.append(c);
		}
		record.append('"');
	}

	private static boolean needsQuotes(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"' || c == ',' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

}
