package com.example.seamrevoke.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads revocation requests from a CSV file, keeping each record's physical line.
 * Restartable: it saves how many physical lines it has consumed and, on restart, skips
 * them as raw lines without parsing them. A report of an earlier run yields only its
 * FAILED rows; a people file yields person requests.
 */
public class CsvRevocationReader implements ItemStreamReader<RevocationRequest> {

	static final String LINES_CONSUMED = "csv.linesConsumed";

	private final Path file;

	private CsvLayout layout;

	private CSVReader csv;

	private long skippedLines;

	public CsvRevocationReader(Path file) {
		this.file = file;
	}

	@Override
	public void open(ExecutionContext context) {
		layout = CsvLayoutDetector.detect(file);
		try {
			BufferedReader lines = InputFiles.open(file);
			skippedLines = context.getLong(LINES_CONSUMED, 0L);
			for (long i = 0; i < skippedLines; i++) {
				if (lines.readLine() == null) {
					break;
				}
			}
			csv = new CSVReaderBuilder(lines).withCSVParser(CsvLayoutDetector.parser(layout.separator())).build();
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
	}

	@Override
	public @Nullable RevocationRequest read() {
		long line = 0;
		try {
			while (true) {
				line = linesConsumed() + 1;
				String[] cells = csv.readNext();
				if (cells == null) {
					return null;
				}
				if (line == layout.headerLine() || isBlank(cells)) {
					continue;
				}
				RevocationRequest request = toRequest(line, cells);
				if (request != null) {
					return request;
				}
			}
		}
		catch (IOException | CsvValidationException e) {
			throw new InputFileException(file, line, "cannot be parsed: " + e.getMessage());
		}
	}

	private @Nullable RevocationRequest toRequest(long line, String[] cells) {
		String user = cell(cells, layout.userIdentityColumn());
		if (layout.isPeople()) {
			return RevocationRequest.person(line, line, user, cell(cells, layout.userIdentityKeyColumn()));
		}
		String device = cell(cells, layout.deviceColumn());
		if (!layout.isReport()) {
			return RevocationRequest.of(line, line, user, device);
		}
		if (!"FAILED".equalsIgnoreCase(cell(cells, layout.outcomeColumn()))) {
			return null;
		}
		return RevocationRequest.of(originalLine(cells, line), line, user, device);
	}

	/**
	 * A report row keeps the line it had in the first input, so the operator can still
	 * find it there.
	 */
	private long originalLine(String[] cells, long line) {
		try {
			return Long.parseLong(cell(cells, layout.lineColumn()));
		}
		catch (NumberFormatException e) {
			throw new InputFileException(file, line,
					"the 'line' column of a report must be a number, not '" + cell(cells, layout.lineColumn()) + "'");
		}
	}

	private static String cell(String[] cells, int column) {
		return column >= 0 && column < cells.length ? cells[column].trim() : "";
	}

	private static boolean isBlank(String[] cells) {
		return Arrays.stream(cells).allMatch(String::isBlank);
	}

	private long linesConsumed() {
		return skippedLines + csv.getLinesRead();
	}

	@Override
	public void update(ExecutionContext context) {
		if (csv != null) {
			context.putLong(LINES_CONSUMED, linesConsumed());
		}
	}

	@Override
	public void close() {
		if (csv != null) {
			try {
				csv.close();
			}
			catch (IOException e) {
				throw new ItemStreamException("cannot close " + file, e);
			}
			csv = null;
		}
	}

}
