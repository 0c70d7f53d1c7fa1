package com.example.seamrevoke.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static com.example.seamrevoke.input.ReadAll.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reader over the files of src/test/resources/corpus (see its README): rows, their
 * physical lines, and a restart after every row.
 */
class InputCorpusTests {

	static final String U1 = "6513270e-269e-4d37-b2a7-4de452e6b438";

	static final String U2 = "2b7d7a51-3c4e-4f0a-9a6b-5d1e8f2c7a10";

	static final String D1 = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	static final String D2 = "0ed90475-9531-485d-9d9d-c9f81818e811";

	static final String D3 = "099950d8-36f6-45cc-81e7-4ef5e8e25d94";

	@Test
	void excelSepLineNamesTheSeparatorAndIsNotARow() {
		Path file = corpus("excel-sep-line.csv");

		assertThat(readAll(file))
			.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
					RevocationRequest::isValid)
			.containsExactly(tuple(3L, U1, D1, true), tuple(4L, U1, D2, true), tuple(6L, "not-a-uuid", D3, false),
					tuple(8L, U2, D3, true));
		assertThat(CsvLayoutDetector.detect(file)).extracting(CsvLayout::separator, CsvLayout::headerLine)
			.containsExactly(';', 2L);
	}

	@Test
	void blankBetweenSeparatorAndQuotedCellIsNotPartOfTheCell() {
		assertThat(readAll(corpus("space-after-separator.csv")))
			.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
					RevocationRequest::isValid)
			.containsExactly(tuple(2L, U1, D1, true), tuple(3L, U1, D2, true), tuple(4L, U2, D3, true));
	}

	@Test
	void excelUnicodeTextIsReadAsUtf16TabSeparated() {
		Path file = corpus("excel-unicode-text.txt");

		assertThat(readAll(file))
			.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
					RevocationRequest::isValid)
			.containsExactly(tuple(2L, U1, D1, true), tuple(3L, U2, D2, true), tuple(4L, U2, D3, true),
					tuple(5L, "bad-id", D1, false));
		assertThat(CsvLayoutDetector.detect(file).separator()).isEqualTo('\t');
	}

	@Test
	void keepAsTextCellsAreUnwrappedBareOrQuoted() {
		assertThat(readAll(corpus("keep-as-text.csv")))
			.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
					RevocationRequest::isValid)
			.containsExactly(tuple(2L, U1, D1, true), tuple(3L, U1, D2, true), tuple(4L, U2, D3, true));
	}

	@Test
	void quoteTypedInsideAnUnquotedCellIsKeptAsTyped() {
		assertThat(readAll(corpus("stray-quote-inside-cell.csv")))
			.extracting(RevocationRequest::line, RevocationRequest::deviceId, RevocationRequest::isValid)
			.containsExactly(tuple(2L, D1, true), tuple(3L, D2, true));
	}

	@Test
	void hostileBytesInIdCellsBecomeInvalidRowsWithPrintableValues() {
		List<RevocationRequest> rows = readAll(corpus("hostile-bytes.csv"));

		assertThat(rows).extracting(RevocationRequest::line, RevocationRequest::isValid)
			.containsExactly(tuple(2L, false), tuple(3L, false), tuple(4L, false), tuple(5L, true));
		assertThat(rows).extracting(RevocationRequest::deviceId).first().isEqualTo(D1 + "\uFFFD");
		assertThat(rows.get(1).userIdentityId()).isEqualTo(U2.substring(0, 34) + "\uFFFD(");
		assertThat(rows.get(2).invalidReason()).startsWith("user_identity_id is not a UUID: '\uFFFD[31m");
		assertThat(rows).allSatisfy(row -> assertThat(row.userIdentityId() + row.deviceId() + row.invalidReason())
			.doesNotContain("\u0000", "\u001b"));
	}

	@Test
	void quoteNeverClosedOnTheLastLineIsRefusedWithItsLine() {
		Path file = corpus("broken-quote-last-line.csv");

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(
					file + " line 4: cannot be parsed: the quoted cell that starts on this line is" + " never closed");
	}

	@Test
	void quoteLeftOpenThatSwallowsRowsIsRefusedNamingBothLines() {
		Path file = corpus("quote-left-open-mid-file.csv");

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(
					file + " line 4: cannot be parsed: text after the closing quote of a cell that starts on line 2");
	}

	@Test
	void checkCountsTheRowsTheReaderHandsOut() {
		InputCheck check = InputCheck.of(corpus("excel-sep-line.csv"));

		assertThat(check.rows()).isEqualTo(4);
		assertThat(check.invalidRows()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "excel-sep-line.csv", "space-after-separator.csv", "excel-unicode-text.txt",
			"keep-as-text.csv", "stray-quote-inside-cell.csv", "hostile-bytes.csv" })
	void restartAfterAnyRowContinuesWithTheNextRowOnItsPhysicalLine(String name) {
		Path file = corpus(name);
		List<RevocationRequest> all = readAll(file);
		for (int done = 0; done <= all.size(); done++) {
			ExecutionContext context = new ExecutionContext();
			CsvRevocationReader first = new CsvRevocationReader(file);
			first.open(context);
			List<RevocationRequest> rows = new ArrayList<>();
			for (int i = 0; i < done; i++) {
				rows.add(first.read());
			}
			first.update(context);
			first.close();
			rows.addAll(readAll(file, context));

			assertThat(rows).as("restart after %d rows", done).isEqualTo(all);
		}
	}

	static Path corpus(String name) {
		return Path.of("src/test/resources/corpus", name);
	}

}
