package com.example.seamrevoke.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.groups.Tuple;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static com.example.seamrevoke.input.ReadAll.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Arbitrary bytes and arbitrary CSV structure through layout detection, the whole-file
 * check and the reader: nothing but {@link InputFileException} escapes, every row comes
 * once, on increasing lines, also across a restart; a well-formed file yields exactly its
 * rows.
 */
class InputPropertyTests {

	private static final String UUID = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final List<String> FRAGMENTS = List.of(",", ";", "\t", "\"", "\"\"", "\r", "\n", "\r\n", " ", "=",
			"=\"", "\u0000", "\u001b[2J", "sep=;", "user_identity_id", "device_id", "Dwayne \"Rock", UUID, "é", "李",
			"\uD83D\uDE00", "line", "outcome", "FAILED", "\uFEFF");

	private static final List<String> VALUES = List.of("", " ", UUID, " " + UUID + " ", UUID.toUpperCase(),
			"not-a-uuid", "a,b;c\td", "say \"hi\"", "two\nlines", "cr\rlf\r\n", "\u0000", "\u001b[31mred", "Zoë 李",
			"\uD83D\uDE00", "  ");

	@Property(tries = 300)
	void anyBytesEndInRowsOrAnInputError(@ForAll("hostileBytes") byte[] content,
			@ForAll @IntRange(max = 50) int restartAfter) throws IOException {
		Path file = write(content);
		try {
			InputCheck check;
			try {
				check = InputCheck.of(file);
			}
			catch (InputFileException refused) {
				assertThat(refused).hasMessageStartingWith(file.toString());
				Statistics.collect("refused");
				return;
			}
			Statistics.collect(check.rows() > 0 ? "rows read" : "no rows");
			List<RevocationRequest> rows = readAll(file, new ExecutionContext());

			assertThat(rows).hasSize((int) check.rows());
			assertLinesIncrease(rows);
			assertThat(rows)
				.allSatisfy(row -> assertThat(row.userIdentityId() + row.deviceId()).doesNotContain("\u0000", "\u001b")
					.hasSizeLessThanOrEqualTo(2 * (InputLimits.MAX_ECHOED_CHARS + 2)));
			assertThat(readWithRestart(file, Math.min(restartAfter, rows.size()))).isEqualTo(rows);
		}
		finally {
			Files.delete(file);
		}
		// the generator must reach the reader, not only refusals
		Statistics.coverage(coverage -> coverage.check("rows read").percentage(p -> p > 10));
	}

	@Property(tries = 300)
	void wellFormedCsvInAnyDialectYieldsExactlyItsRows(@ForAll("dialects") Dialect dialect,
			@ForAll("rows") List<List<String>> rows, @ForAll @IntRange(max = 30) int restartAfter) throws IOException {
		Path file = write(dialect.encode(rows));
		try {
			List<RevocationRequest> read = readAll(file, new ExecutionContext());

			assertThat(read)
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
						RevocationRequest::isValid)
				.containsExactlyElementsOf(dialect.expected(rows));
			assertThat(InputCheck.of(file).rows()).isEqualTo(read.size());
			assertThat(readWithRestart(file, Math.min(restartAfter, read.size()))).isEqualTo(read);
		}
		finally {
			Files.delete(file);
		}
	}

	@Provide
	Arbitrary<byte[]> hostileBytes() {
		Arbitrary<byte[]> fragment = Arbitraries.of(FRAGMENTS).map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(8);
		Arbitrary<byte[]> header = Arbitraries
			.of("", "user_identity_id,device_id\n", "\uFEFFdevice_id;user_identity_id\r\n",
					"sep=\t\nuser_identity_id\tdevice_id\tline\toutcome\n")
			.map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<List<byte[]>> body = Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(4, fragment), net.jqwik.api.Tuple.of(1, noise))
			.list()
			.ofMaxSize(120);
		return Combinators.combine(header, body).as((head, parts) -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bytes.writeBytes(head);
			parts.forEach(bytes::writeBytes);
			return bytes.toByteArray();
		});
	}

	@Provide
	Arbitrary<Dialect> dialects() {
		return Combinators
			.combine(Arbitraries.of(',', ';', '\t'), Arbitraries.of("\n", "\r\n", "\r"),
					Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE),
					Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as(Dialect::new);
	}

	@Provide
	Arbitrary<List<List<String>>> rows() {
		return Arbitraries.of(VALUES).list().ofSize(3).list().ofMaxSize(25);
	}

	/**
	 * How a spreadsheet program might write the file: separator, line ending, encoding
	 * (with a byte-order mark), a {@code sep=} line, quoting every cell, a blank before
	 * quoted cells.
	 */
	record Dialect(char separator, String lineEnd, Charset charset, boolean sepLine, boolean quoteAll,
			boolean blankBeforeQuote) {

		byte[] encode(List<List<String>> rows) {
			StringBuilder text = new StringBuilder(sepLine ? "sep=" + separator + lineEnd : "");
			text.append(String.join(String.valueOf(separator), "user_identity_id", "device_id", "note"))
				.append(lineEnd);
			for (List<String> row : rows) {
				for (int i = 0; i < row.size(); i++) {
					text.append(i > 0 ? String.valueOf(separator) : "").append(cell(row.get(i)));
				}
				text.append(lineEnd);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bytes.writeBytes("\uFEFF".getBytes(charset));
			bytes.writeBytes(text.toString().getBytes(charset));
			return bytes.toByteArray();
		}

		private String cell(String value) {
			boolean special = value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n")
					|| value.contains("\r");
			if (!special && !quoteAll) {
				return value;
			}
			return (blankBeforeQuote ? " " : "") + "\"" + value.replace("\"", "\"\"") + "\"";
		}

		List<Tuple> expected(List<List<String>> rows) {
			List<Tuple> expected = new ArrayList<>();
			long line = sepLine ? 3 : 2;
			for (List<String> row : rows) {
				String user = row.get(0).strip();
				String device = row.get(1).strip();
				if (!row.stream().allMatch(String::isBlank)) {
					expected.add(tuple(line, Ids.echo(user), Ids.echo(device), Ids.isUuid(user) && Ids.isUuid(device)));
				}
				line += 1 + String.join("", row)
					.replace("\r\n", "\n")
					.chars()
					.filter(c -> c == '\n' || c == '\r')
					.count();
			}
			return expected;
		}

	}

	private static void assertLinesIncrease(List<RevocationRequest> rows) {
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).sourceLine()).isGreaterThan(rows.get(i - 1).sourceLine());
		}
	}

	private static Path write(byte[] content) throws IOException {
		Path file = Files.createTempFile("property-", ".csv");
		Files.write(file, content);
		return file;
	}

	private static List<RevocationRequest> readWithRestart(Path file, int before) {
		ExecutionContext context = new ExecutionContext();
		CsvRevocationReader first = new CsvRevocationReader(file);
		first.open(context);
		List<RevocationRequest> rows = new ArrayList<>();
		for (int i = 0; i < before; i++) {
			rows.add(first.read());
		}
		first.update(context);
		first.close();
		rows.addAll(readAll(file, context));
		return rows;
	}

}
