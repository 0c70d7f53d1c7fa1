package com.example.seamrevoke.outcome;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;

import com.opencsv.CSVWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The report's CSV: quoted only where RFC 4180 needs it, byte for byte what the report
 * was before it had its own writer (opencsv's CSVWriter with the same separator, quote
 * and line end), and a writer's error reaches the caller.
 */
class CsvRecordWriterTests {

	private static final String ALPHABET = "ab Z09'=-+@\"\",,\r\n\t;é€\uD83D\uDE00";

	@Test
	void cellsShouldBeQuotedOnlyForAQuoteACommaOrALineBreak() throws IOException {
		assertThat(written(new String[] { "plain", "", "it's", "a;b" })).isEqualTo("plain,,it's,a;b\r\n");
		assertThat(written(new String[] { "say \"hi\"", "a,b", "two\nlines", "cr\r" }))
			.isEqualTo("\"say \"\"hi\"\"\",\"a,b\",\"two\nlines\",\"cr\r\"\r\n");
	}

	@Test
	void recordsShouldMatchTheCsvOfOpencsvForRandomCells() throws IOException {
		Random random = new Random(19);
		StringWriter ours = new StringWriter();
		StringWriter theirs = new StringWriter();
		CsvRecordWriter writer = new CsvRecordWriter(ours);
		try (CSVWriter opencsv = new CSVWriter(theirs, ',', '"', '"', "\r\n")) {
			for (int record = 0; record < 20_000; record++) {
				String[] cells = new String[1 + random.nextInt(19)];
				for (int i = 0; i < cells.length; i++) {
					cells[i] = randomCell(random);
				}
				writer.write(cells);
				opencsv.writeNext(cells, false);
			}
		}
		assertThat(ours.toString()).isEqualTo(theirs.toString());
	}

	@Test
	void anErrorOfTheWriterShouldReachTheCaller() {
		Writer full = new Writer() {

			@Override
			public void write(char[] buffer, int offset, int length) throws IOException {
				throw new IOException("No space left on device");
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};

		assertThatIOException().isThrownBy(() -> new CsvRecordWriter(full).write(new String[] { "a" }))
			.withMessage("No space left on device");
	}

	private static String written(String[] cells) throws IOException {
		StringWriter out = new StringWriter();
		new CsvRecordWriter(out).write(cells);
		return out.toString();
	}

	private static String randomCell(Random random) {
		StringBuilder cell = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return cell.toString();
	}

}
