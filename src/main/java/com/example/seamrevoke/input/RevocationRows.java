package com.example.seamrevoke.input;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The rows of an input file as requests, in file order: what the whole-file check counts
 * and the job's reader hands out, so both see the same rows. A report of an earlier run
 * yields only its FAILED rows; a people file yields one person request per row.
 */
final class RevocationRows implements Closeable {

	private final Path file;

	private final CsvLayout layout;

	private final CsvRecords records;

	private RevocationRows(Path file, CsvLayout layout, CsvRecords records) {
		this.file = file;
		this.layout = layout;
		this.records = records;
	}

	static RevocationRows open(Path file, CsvLayout layout) {
		InputText text = InputText.open(file);
		return new RevocationRows(file, layout, new CsvRecords(file, text, layout.separator(), false));
	}

	@Nullable RevocationRequest next() {
		try {
			CsvRecord record;
			while ((record = records.next()) != null) {
				if (record.line() <= layout.headerLine() || record.isBlank()) {
					continue;
				}
				RevocationRequest request = toRequest(record);
				if (request != null) {
					return request;
				}
			}
			return null;
		}
		catch (IOException e) {
			throw new InputFileException(file, records.linesConsumed() + 1, "cannot be read: " + e.getMessage());
		}
	}

	/** On restart: passes over the records of the lines a previous run consumed. */
	void skipConsumed(long lines) {
		try {
			while (records.linesConsumed() < lines && records.next() != null) {
				// already handed out
			}
		}
		catch (IOException e) {
			throw new InputFileException(file, records.linesConsumed() + 1, "cannot be read: " + e.getMessage());
		}
	}

	long linesConsumed() {
		return records.linesConsumed();
	}

	private @Nullable RevocationRequest toRequest(CsvRecord record) {
		long line = record.line();
		String user = record.cell(layout.userIdentityColumn());
		String device = record.cell(layout.deviceColumn());
		if (record.problem() != null) {
			return RevocationRequest.unreadable(line, user, device, "the row " + record.problem() + "; not read");
		}
		if (layout.isPeople()) {
			return RevocationRequest.person(line, line, user, record.cell(layout.userIdentityKeyColumn()));
		}
		if (!layout.isReport()) {
			return RevocationRequest.of(line, line, user, device);
		}
		if (!"FAILED".equalsIgnoreCase(record.cell(layout.outcomeColumn()))) {
			return null;
		}
		return RevocationRequest.of(originalLine(record), line, user, device);
	}

	/**
	 * A report row keeps the line it had in the first input, so the operator can still
	 * find it there.
	 */
	private long originalLine(CsvRecord record) {
		String value = record.cell(layout.lineColumn());
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw new InputFileException(file, record.line(),
					"the 'line' column of a report must be a number, not '" + Ids.echo(value) + "'");
		}
	}

	@Override
	public void close() {
		try {
			records.close();
		}
		catch (IOException e) {
			// nothing was written: a failed close loses nothing
		}
	}

}
