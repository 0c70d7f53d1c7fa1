package com.example.seamrevoke.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.testsupport.TestFiles;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static com.example.seamrevoke.input.ReadAll.readAll;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_B;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_C;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reader over real files: the rows it yields with their physical line numbers,
 * Excel's quirks, reports as input, restart, and files it cannot read. How the separator
 * and the columns are found is {@link CsvLayoutDetectorTests}.
 */
class CsvRevocationReaderTests {

	private static final String DEVICE_D = "5b0c2e44-9f1a-4c3e-8d2b-000000000404";

	private static final String DEVICE_E = device(5);

	private static final String REPORT_HEADER = "line,user_identity_id,device_id,outcome,http_status,error_type,"
			+ "error_message,attempts,seam_request_id,processed_at,source_line";

	@TempDir
	Path directory;

	@Nested
	class Rows {

		@Test
		void readWhenFileIsCommaSeparatedShouldYieldEveryRowWithItsLine() throws IOException {
			Path file = write("""
					user_identity_id,device_id
					%s,%s
					%s,%s
					""".formatted(USER, DEVICE_A, USER, DEVICE_B));

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::userIdentityId,
						RevocationRequest::deviceId, RevocationRequest::isValid)
				.containsExactly(tuple(2L, 2L, USER, DEVICE_A, true), tuple(3L, 3L, USER, DEVICE_B, true));
		}

		@ParameterizedTest
		@ValueSource(strings = { ";", "\t" })
		void readWhenFileUsesAnotherSeparatorShouldYieldTheSameRows(String separator) throws IOException {
			Path file = write("user_identity_id" + separator + "device_id\n" + USER + separator + DEVICE_A + "\n" + USER
					+ separator + DEVICE_B + "\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId)
				.containsExactly(tuple(2L, USER, DEVICE_A), tuple(3L, USER, DEVICE_B));
		}

		@ParameterizedTest
		@ValueSource(strings = { "user_identity_id,device_id", "User Identity ID,Device ID", "userIdentityId,deviceId",
				"USER-IDENTITY-ID , device id" })
		void readWhenHeaderUsesAUsualSpellingShouldYieldTheIds(String header) throws IOException {
			Path file = write(header + "\n" + USER + "," + DEVICE_A + "\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId)
				.containsExactly(tuple(2L, USER, DEVICE_A));
		}

		@Test
		void readWhenFileHasExtraColumnsShouldYieldOnlyTheIds() throws IOException {
			Path file = write("""
					employee,user_identity_id,device_id,ticket
					Avery Chen,%s,%s,OPS-1
					Blake Diaz,%s,%s,OPS-2
					""".formatted(USER, DEVICE_A, USER, DEVICE_B));

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId)
				.containsExactly(tuple(2L, USER, DEVICE_A), tuple(3L, USER, DEVICE_B));
		}

		@Test
		void readWhenColumnsAreReversedShouldYieldEachIdFromItsColumn() throws IOException {
			Path file = write("device_id,user_identity_id\n" + DEVICE_A + "," + USER + "\n");

			assertThat(readAll(file)).extracting(RevocationRequest::userIdentityId, RevocationRequest::deviceId)
				.containsExactly(tuple(USER, DEVICE_A));
		}

		@Test
		void readWhenFileHasNoHeaderShouldStartWithTheRecordOnLine1() throws IOException {
			Path file = write(USER + "," + DEVICE_A + "\n" + USER + "," + DEVICE_B + "\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(1L, 1L, DEVICE_A), tuple(2L, 2L, DEVICE_B));
		}

		@Test
		void readWhenHeaderlessFileUsesSemicolonsShouldYieldEveryRow() throws IOException {
			Path file = write(USER + ";" + DEVICE_A + "\n" + USER + ";" + DEVICE_B + "\n");

			assertThat(readAll(file)).extracting(RevocationRequest::line, RevocationRequest::deviceId)
				.containsExactly(tuple(1L, DEVICE_A), tuple(2L, DEVICE_B));
		}

	}

	@Nested
	class ExcelQuirks {

		@Test
		void readWhenHeaderFollowsByteOrderMarkShouldIgnoreTheMark() throws IOException {
			Path file = writeWithBom("user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
						RevocationRequest::isValid)
				.containsExactly(tuple(2L, USER, DEVICE_A, true));
		}

		@Test
		void readWhenHeaderlessFirstRowFollowsByteOrderMarkShouldIgnoreTheMark() throws IOException {
			Path file = writeWithBom(USER + ";" + DEVICE_A + "\r\n" + USER + ";" + DEVICE_B + "\r\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId,
						RevocationRequest::isValid)
				.containsExactly(tuple(1L, USER, DEVICE_A, true), tuple(2L, USER, DEVICE_B, true));
		}

		@Test
		void readWhenLinesEndInCrlfShouldLeaveNoCarriageReturnInCells() throws IOException {
			Path file = write(
					"user_identity_id,device_id\r\n" + USER + "," + DEVICE_A + "\r\n" + USER + "," + DEVICE_B + "\r\n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::deviceId, RevocationRequest::isValid)
				.containsExactly(tuple(2L, DEVICE_A, true), tuple(3L, DEVICE_B, true));
		}

		@Test
		void readWhenLinesAreBlankOrOnlySeparatorsShouldSkipThemAndKeepPhysicalLineNumbers() throws IOException {
			// given: header is line 1; lines 2, 4, 5 and 7 carry nothing
			Path file = write(String.join("\n", "user_identity_id,device_id", "", USER + "," + DEVICE_A, ",,", "   ",
					USER + "," + DEVICE_B, ",", USER + "," + DEVICE_C, ""));

			// when / then
			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(3L, 3L, DEVICE_A), tuple(6L, 6L, DEVICE_B), tuple(8L, 8L, DEVICE_C));
		}

		@Test
		void readWhenBlankLinesPrecedeTheHeaderShouldSkipThem() throws IOException {
			Path file = write("\n\nuser_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(readAll(file)).extracting(RevocationRequest::line, RevocationRequest::deviceId)
				.containsExactly(tuple(4L, DEVICE_A));
		}

		@Test
		void readWhenARowOfSeparatorsPrecedesTheHeaderShouldSkipIt() throws Exception {
			// found in review: Excel saves an empty first row as ",,"
			Path file = write(String.join("\n", ",,", "user_identity_id,device_id", USER + "," + DEVICE_A, ""));
			CsvRevocationReader reader = new CsvRevocationReader(file);
			reader.open(new ExecutionContext());

			RevocationRequest request = reader.read();

			assertThat(request.line()).isEqualTo(3);
			assertThat(request.isValid()).isTrue();
			assertThat(reader.read()).isNull();
		}

		@Test
		void readWhenQuotedCellHoldsTheSeparatorShouldKeepItInTheCell() throws IOException {
			Path file = write("""
					employee;user_identity_id;device_id
					"Chen; Avery";%s;%s
					""".formatted(USER, DEVICE_A));

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::userIdentityId, RevocationRequest::deviceId)
				.containsExactly(tuple(2L, USER, DEVICE_A));
		}

		@Test
		void readWhenQuotedCellSpansLinesShouldCountAllItsPhysicalLines() throws IOException {
			// given: the note of the record on line 2 spans lines 2 to 4
			Path file = write(String.join("\n", "note,user_identity_id,device_id", "\"laptop returned",
					"charger missing", "see ticket\"," + USER + "," + DEVICE_A, "ok," + USER + "," + DEVICE_B, ""));

			// when / then
			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(2L, 2L, DEVICE_A), tuple(5L, 5L, DEVICE_B));
		}

	}

	@Nested
	class InvalidRows {

		@Test
		void readWhenIdsAreMissingOrNotUuidsShouldYieldTheRowWithItsReason() throws IOException {
			Path file = write(String.join("\n", "user_identity_id,device_id", USER + ",not-a-uuid", "," + DEVICE_A,
					USER, "x,y", USER + "," + DEVICE_B, ""));

			List<RevocationRequest> requests = readAll(file);

			assertThat(requests)
				.extracting(RevocationRequest::line, RevocationRequest::isValid, RevocationRequest::invalidReason)
				.containsExactly(tuple(2L, false, "device_id is not a UUID: 'not-a-uuid'"),
						tuple(3L, false, "user_identity_id is empty"), tuple(4L, false, "device_id is empty"),
						tuple(5L, false, "user_identity_id is not a UUID: 'x'; device_id is not a UUID: 'y'"),
						tuple(6L, true, null));
		}

		@Test
		void readWhenIdsHaveSurroundingSpacesShouldTrimThem() throws IOException {
			Path file = write("user_identity_id,device_id\n  " + USER + " ,\t" + DEVICE_A + "  \n");

			assertThat(readAll(file))
				.extracting(RevocationRequest::userIdentityId, RevocationRequest::deviceId, RevocationRequest::isValid)
				.containsExactly(tuple(USER, DEVICE_A, true));
		}

	}

	@Nested
	class ReportAsInput {

		@Test
		void readWhenInputIsAReportShouldYieldOnlyFailedRowsWithTheirOriginalLine() throws IOException {
			Path file = write(String.join("\n", REPORT_HEADER, reportRow(2, DEVICE_A, "REVOKED", 2),
					reportRow(3, DEVICE_B, "FAILED", 3), reportRow(5, DEVICE_C, "INVALID", 5),
					reportRow(7, DEVICE_D, "FAILED", 7), reportRow(8, DEVICE_E, "DUPLICATE", 8), ""));

			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(3L, 3L, DEVICE_B), tuple(7L, 5L, DEVICE_D));
		}

		@Test
		void readWhenReportWasResavedByExcelWithRowsDeletedShouldKeepOriginalAndPhysicalLines() throws IOException {
			// given: rows were deleted, so line N of the report no longer holds input
			// line N
			Path file = writeWithBom(String.join("\r\n", REPORT_HEADER, reportRow(4, DEVICE_A, "REVOKED", 4),
					reportRow(10, DEVICE_B, "FAILED", 10), reportRow(42, DEVICE_C, "failed", 42), ""));

			// when / then
			assertThat(readAll(file))
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId,
						RevocationRequest::isValid)
				.containsExactly(tuple(10L, 3L, DEVICE_B, true), tuple(42L, 4L, DEVICE_C, true));
		}

		@Test
		void readWhenReportLineColumnIsNotANumberShouldRefuseNamingTheLine() throws IOException {
			Path file = write(REPORT_HEADER + "\n" + "two," + USER + "," + DEVICE_A + ",FAILED,503,,,3,,,2\n");

			assertThatThrownBy(() -> readAll(file)).isInstanceOf(InputFileException.class)
				.hasMessage(file + " line 2: the 'line' column of a report must be a number, not 'two'");
		}

	}

	@Nested
	class Restart {

		@Test
		void restartWhenPositionWasSavedShouldContinueAfterTheLastSavedRecord() throws IOException {
			// given: a blank line and a multi-line cell before the restart point
			Path file = write(String.join("\n", "note,user_identity_id,device_id", "a," + USER + "," + DEVICE_A, "",
					"\"two", "lines\"," + USER + "," + DEVICE_B, "c," + USER + "," + DEVICE_C,
					"d," + USER + "," + DEVICE_D, "", "e," + USER + "," + DEVICE_E, ""));

			// when
			Restarted restart = readThreeThenRestart(file);

			// then
			assertThat(restart.before()).extracting(RevocationRequest::line).containsExactly(2L, 4L, 6L);
			assertThat(restart.after())
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(7L, 7L, DEVICE_D), tuple(9L, 9L, DEVICE_E));
			assertThat(restart.context().getLong(CsvRevocationReader.LINES_CONSUMED)).isEqualTo(6L);
		}

		@Test
		void restartWhenInputIsAReportWithBomShouldContinueWithTheNextFailedRow() throws IOException {
			Path file = writeWithBom(String.join("\r\n", REPORT_HEADER, reportRow(2, DEVICE_A, "FAILED", 2),
					reportRow(3, DEVICE_B, "REVOKED", 3), reportRow(4, DEVICE_C, "FAILED", 4),
					reportRow(5, DEVICE_D, "FAILED", 5), reportRow(6, DEVICE_E, "FAILED", 6), ""));

			Restarted restart = readThreeThenRestart(file);

			assertThat(restart.before()).extracting(RevocationRequest::line).containsExactly(2L, 4L, 5L);
			assertThat(restart.after())
				.extracting(RevocationRequest::line, RevocationRequest::sourceLine, RevocationRequest::deviceId)
				.containsExactly(tuple(6L, 6L, DEVICE_E));
		}

		@Test
		void readWhenContextIsFreshShouldStartFromTheTop() throws IOException {
			Path file = write("user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");
			ExecutionContext context = new ExecutionContext();

			List<RevocationRequest> requests = readAll(file, context);

			assertThat(requests).extracting(RevocationRequest::line).containsExactly(2L);
			assertThat(context.getLong(CsvRevocationReader.LINES_CONSUMED)).isEqualTo(2L);
		}

	}

	@Nested
	class UnusableFiles {

		@Test
		void openWhenHeaderHasNoUsableColumnsShouldRefuseBeforeReadingARow() throws IOException {
			Path file = write("name;email\nAvery;avery@example.com\n");
			CsvRevocationReader reader = new CsvRevocationReader(file);

			assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + " line 1: ")
				.hasMessageContaining("no user_identity_id and device_id columns")
				.hasMessageContaining("2 columns 'name', 'email'")
				.hasMessageContaining("separated by ';'");
		}

		@Test
		void openWhenFileIsMissingShouldRefuseItAsUnreadable() {
			Path file = directory.resolve("absent.csv");
			CsvRevocationReader reader = new CsvRevocationReader(file);

			assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + ": cannot be read");
		}

		@Test
		void readWhenAQuoteIsNeverClosedShouldNameTheLineWhereTheRecordStarts() throws Exception {
			// found in review: the error named a line past the end of the file
			Path file = write(String.join("\n", "n,user_identity_id,device_id", "\"a," + USER + "," + DEVICE_A,
					"b," + USER + "," + DEVICE_A, "c," + USER + "," + DEVICE_A, ""));
			CsvRevocationReader reader = new CsvRevocationReader(file);
			reader.open(new ExecutionContext());

			assertThatThrownBy(() -> {
				while (reader.read() != null) {
					// read to the broken record
				}
			}).isInstanceOf(InputFileException.class).hasMessageContaining(file + " line 2: cannot be parsed");
		}

	}

	private static String reportRow(long line, String device, String outcome, long sourceLine) {
		return line + "," + USER + "," + device + "," + outcome + ",503,,\"Service Unavailable, try later\",3,req_"
				+ line + ",2024-05-01T10:00:00Z," + sourceLine;
	}

	private Path write(String content) throws IOException {
		return TestFiles.write(directory, content);
	}

	private Path writeWithBom(String content) throws IOException {
		return TestFiles.writeWithBom(directory, content);
	}

	private static List<RevocationRequest> drain(CsvRevocationReader reader) {
		List<RevocationRequest> requests = new ArrayList<>();
		RevocationRequest request;
		while ((request = reader.read()) != null) {
			requests.add(request);
		}
		return requests;
	}

	private record Restarted(List<RevocationRequest> before, List<RevocationRequest> after, ExecutionContext context) {
	}

	/**
	 * Reads three records, saves the position as the step would, then drains a new reader
	 * opened on it.
	 */
	private static Restarted readThreeThenRestart(Path file) {
		ExecutionContext context = new ExecutionContext();
		CsvRevocationReader first = new CsvRevocationReader(file);
		first.open(context);
		List<RevocationRequest> before = List.of(first.read(), first.read(), first.read());
		first.update(context);
		first.close();
		CsvRevocationReader second = new CsvRevocationReader(file);
		second.open(context);
		List<RevocationRequest> after = drain(second);
		second.close();
		return new Restarted(before, after, context);
	}

}
