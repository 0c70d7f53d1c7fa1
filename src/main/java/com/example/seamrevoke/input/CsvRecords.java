package com.example.seamrevoke.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits text into CSV records and counts physical lines ({@code \n}, {@code \r\n} or
 * {@code \r}). RFC 4180 plus what spreadsheets write (docs/formats.md, "Rows and cells"):
 * a cell is quoted when its first non-blank character is a quote, so {@code a, "b"} works
 * and a quote inside an unquoted cell is kept as typed; {@code ="..."} is unwrapped. It
 * reads character by character, never a whole line, and keeps at most
 * {@link InputLimits#MAX_ROW_CHARS} of a row: a longer row is read to its end and
 * returned with a problem.
 */
final class CsvRecords implements Closeable {

	private enum State {

		CELL_START, UNQUOTED, QUOTED, AFTER_QUOTE

	}

	private final Path file;

	private final Reader in;

	private final char separator;

	private final boolean stopAtLimit;

	private long linesConsumed;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int filled;

	/**
	 * {@code stopAtLimit}: return a row as soon as it breaks a limit, without reading on
	 * to its end (for a header, which refuses the file anyway).
	 */
	CsvRecords(Path file, InputText text, char separator, boolean stopAtLimit) {
		this.file = file;
		this.in = text.reader();
		this.separator = separator;
		this.stopAtLimit = stopAtLimit;
		this.linesConsumed = text.linesBefore();
	}

	/** Physical lines up to the end of the last record returned. */
	long linesConsumed() {
		return linesConsumed;
	}

	@Nullable CsvRecord next() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		RowBuilder row = new RowBuilder(linesConsumed + 1);
		State state = State.CELL_START;
		long quoteLine = 0;
		for (;; c = read()) {
			if (row.count() && stopAtLimit) {
				return row.build();
			}
			if (state == State.QUOTED) {
				if (c < 0) {
					throw new InputFileException(file, quoteLine, "cannot be parsed: the quoted cell that starts on"
							+ " this line is never closed (a quote at the start of a cell opens it until the next quote)");
				}
				if (c == '"' && peek() == '"') {
					row.append((char) read());
				}
				else if (c == '"') {
					state = State.AFTER_QUOTE;
				}
				else {
					lineBreakInCell(c, row);
				}
				continue;
			}
			if (c < 0 || c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				linesConsumed++;
				row.endCell();
				return row.build();
			}
			if (c == separator) {
				row.endCell();
				state = State.CELL_START;
				continue;
			}
			state = switch (state) {
				case CELL_START -> cellStart(c, row);
				case AFTER_QUOTE -> afterQuote(c, quoteLine);
				default -> {
					row.append((char) c);
					yield State.UNQUOTED;
				}
			};
			if (state == State.QUOTED) {
				quoteLine = linesConsumed + 1;
			}
		}
	}

	private static State cellStart(int c, RowBuilder row) {
		if (c == '"') {
			row.dropBlankStart();
			return State.QUOTED;
		}
		row.append((char) c);
		return isBlank(c) ? State.CELL_START : State.UNQUOTED;
	}

	private State afterQuote(int c, long quoteLine) {
		if (isBlank(c)) {
			return State.AFTER_QUOTE;
		}
		long line = linesConsumed + 1;
		throw new InputFileException(file, line,
				"cannot be parsed: text after the closing quote of a cell"
						+ (quoteLine != line ? " that starts on line " + quoteLine : "")
						+ " (a quote inside a quoted cell is written twice: \"Dwayne \"\"The Rock\"\" Johnson\")");
	}

	private void lineBreakInCell(int c, RowBuilder row) throws IOException {
		row.append((char) c);
		if (c == '\r' && peek() == '\n') {
			row.append((char) read());
		}
		if (c == '\r' || c == '\n') {
			linesConsumed++;
		}
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t';
	}

	private int read() throws IOException {
		int c = peek();
		if (c >= 0) {
			position++;
		}
		return c;
	}

	/** Buffered here: a Reader's read() per character is several times slower. */
	private int peek() throws IOException {
		if (position == filled) {
			filled = Math.max(in.read(buffer, 0, buffer.length), 0);
			position = 0;
			if (filled == 0) {
				return -1;
			}
		}
		return buffer[position];
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** The cells of one row, within {@link InputLimits}. */
	private static final class RowBuilder {

		private final long line;

		private final List<String> cells = new ArrayList<>();

		private final StringBuilder cell = new StringBuilder();

		private long chars;

		private @Nullable String problem;

		RowBuilder(long line) {
			this.line = line;
		}

		/** Counts one character read; true once the row broke a limit. */
		boolean count() {
			if (++chars > InputLimits.MAX_ROW_CHARS && problem == null) {
				problem = "is longer than " + InputLimits.MAX_ROW_CHARS + " characters";
				cell.setLength(0);
			}
			return problem != null;
		}

		void append(char c) {
			if (problem == null) {
				cell.append(c);
			}
		}

		void dropBlankStart() {
			cell.setLength(0);
		}

		void endCell() {
			if (problem == null && cells.size() == InputLimits.MAX_COLUMNS) {
				problem = "has more than " + InputLimits.MAX_COLUMNS + " columns";
			}
			if (problem == null) {
				cells.add(keepAsText(cell.toString()));
			}
			cell.setLength(0);
		}

		CsvRecord build() {
			return new CsvRecord(line, List.copyOf(cells), problem);
		}

		/** Excel's keep-as-text trick: {@code ="0123"} is the text {@code 0123}. */
		private static String keepAsText(String cell) {
			String text = cell.strip();
			if (text.length() >= 3 && text.startsWith("=\"") && text.endsWith("\"")) {
				return text.substring(2, text.length() - 1).replace("\"\"", "\"");
			}
			return cell;
		}

	}

}
