package com.example.seamrevoke.input;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads revocation requests from a CSV file, keeping each record's physical line.
 * Restartable: it saves how many physical lines it has consumed and, on restart, passes
 * over the records of those lines without turning them into requests. A report of an
 * earlier run yields only its FAILED rows; a people file yields person requests.
 */
public class CsvRevocationReader implements ItemStreamReader<RevocationRequest> {

	static final String LINES_CONSUMED = "csv.linesConsumed";

	private final Path file;

	private @Nullable RevocationRows rows;

	public CsvRevocationReader(Path file) {
		this.file = file;
	}

	@Override
	public void open(ExecutionContext context) {
		CsvLayout layout = CsvLayoutDetector.detect(file);
		rows = RevocationRows.open(file, layout);
		rows.skipConsumed(context.getLong(LINES_CONSUMED, 0L));
	}

	@Override
	public @Nullable RevocationRequest read() {
		return rows.next();
	}

	@Override
	public void update(ExecutionContext context) {
		if (rows != null) {
			context.putLong(LINES_CONSUMED, rows.linesConsumed());
		}
	}

	@Override
	public void close() {
		if (rows != null) {
			rows.close();
			rows = null;
		}
	}

}
