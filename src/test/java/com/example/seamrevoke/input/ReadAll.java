package com.example.seamrevoke.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads a file through the real reader, as the step does: open, read to the end, save,
 * close.
 */
final class ReadAll {

	private ReadAll() {
	}

	static List<RevocationRequest> readAll(Path file) {
		return readAll(file, new ExecutionContext());
	}

	/** Resumes from {@code context} and leaves the reader's saved position in it. */
	static List<RevocationRequest> readAll(Path file, ExecutionContext context) {
		CsvRevocationReader reader = new CsvRevocationReader(file);
		reader.open(context);
		try {
			List<RevocationRequest> rows = new ArrayList<>();
			RevocationRequest row;
			while ((row = reader.read()) != null) {
				rows.add(row);
			}
			reader.update(context);
			return rows;
		}
		finally {
			reader.close();
		}
	}

}
