package com.example.seamrevoke.input;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.example.seamrevoke.testsupport.TestFiles.write;
import static com.example.seamrevoke.testsupport.TestFiles.writeWithBom;
import static com.example.seamrevoke.testsupport.TestIds.DEVICE_A;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The layout of a spreadsheet export, found from its first non-blank line: separator,
 * header line, columns, and whether it is a report of an earlier run (docs/formats.md,
 * "Column detection").
 */
class CsvLayoutDetectorTests {

	private static final String REPORT_HEADER = "line,user_identity_id,device_id,outcome,http_status,error_type,"
			+ "error_message,attempts,seam_request_id,processed_at,source_line";

	@TempDir
	Path directory;

	@Nested
	class Separator {

		@Test
		void detectWhenHeaderUsesCommasShouldFindSeparator() throws IOException {
			Path file = write(directory, "user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 1, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenHeaderUsesSemicolonsShouldFindSeparator() throws IOException {
			Path file = write(directory, "user_identity_id;device_id\n" + USER + ";" + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(';', 1, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenHeaderUsesTabsShouldFindSeparator() throws IOException {
			Path file = write(directory, "user_identity_id\tdevice_id\n" + USER + "\t" + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout('\t', 1, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenAQuotedHeaderCellHoldsAnotherSeparatorShouldIgnoreIt() throws IOException {
			// given: three commas, but inside quotes; two semicolons outside
			Path file = write(directory, "\"employee, name, id, x\";user_identity_id;device_id\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(';', 1, 1, 2, -1, -1, -1));
		}

	}

	@Nested
	class HeaderSpellings {

		@ParameterizedTest
		@ValueSource(strings = { "user_identity_id,device_id", "User Identity ID,Device ID", "userIdentityId,deviceId",
				"USER-IDENTITY-ID , device id" })
		void detectWhenHeaderUsesAUsualSpellingShouldFindBothColumns(String header) throws IOException {
			Path file = write(directory, header + "\n" + USER + "," + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 1, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenHeaderHasExtraColumnsShouldFindTheTwoIdColumns() throws IOException {
			Path file = write(directory, "employee,user_identity_id,device_id,ticket\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 1, 1, 2, -1, -1, -1));
		}

		@Test
		void detectWhenColumnsAreReversedShouldFindEachByName() throws IOException {
			Path file = write(directory, "device_id,user_identity_id\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 1, 1, 0, -1, -1, -1));
		}

		@Test
		void detectWhenHeaderFollowsByteOrderMarkShouldFindItOnLine1() throws IOException {
			Path file = writeWithBom(directory, "user_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 1, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenBlankLinesPrecedeTheHeaderShouldGiveItsPhysicalLine() throws IOException {
			Path file = write(directory, "\n\nuser_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 3, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenARowOfSeparatorsPrecedesTheHeaderShouldSkipIt() throws IOException {
			// given: Excel saves an empty first row as ",,"
			Path file = write(directory, ",,\nuser_identity_id,device_id\n" + USER + "," + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(',', 2, 0, 1, -1, -1, -1));
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "user_identity_id    | useridentityid", "User Identity ID    | useridentityid",
						"userIdentityId      | useridentityid", "' USER-IDENTITY-ID '| useridentityid",
						"device_id           | deviceid", "Device ID           | deviceid",
						"deviceId            | deviceid", "source_line         | sourceline",
						"seam_request_id     | seamrequestid", "Line                | line" })
		void normaliseWhenHeaderUsesAUsualSpellingShouldGiveOneKey(String header, String expected) {
			assertThat(CsvLayoutDetector.normalise(header)).isEqualTo(expected);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "user_id | userid", "identity | identity", "'' | ''" })
		void normaliseWhenNameIsAnotherColumnShouldKeepItDistinct(String header, String expected) {
			assertThat(CsvLayoutDetector.normalise(header)).isEqualTo(expected);
		}

	}

	@Nested
	class Headerless {

		@Test
		void detectWhenFirstRowIsTwoUuidsShouldTakeTheFileAsHeaderless() throws IOException {
			Path file = write(directory, USER + "," + DEVICE_A + "\n");

			CsvLayout layout = CsvLayoutDetector.detect(file);

			assertThat(layout).isEqualTo(new CsvLayout(',', 0, 0, 1, -1, -1, -1));
			assertThat(layout.isReport()).isFalse();
		}

		@Test
		void detectWhenHeaderlessFirstRowUsesSemicolonsShouldFindSeparator() throws IOException {
			Path file = write(directory, USER + ";" + DEVICE_A + "\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(';', 0, 0, 1, -1, -1, -1));
		}

		@Test
		void detectWhenHeaderlessFileStartsWithByteOrderMarkShouldStillSeeTwoUuids() throws IOException {
			Path file = writeWithBom(directory, USER + ";" + DEVICE_A + "\r\n");

			assertThat(CsvLayoutDetector.detect(file)).isEqualTo(new CsvLayout(';', 0, 0, 1, -1, -1, -1));
		}

	}

	@Nested
	class Reports {

		@Test
		void detectWhenFileIsAReportShouldFindItsLineAndOutcomeColumns() throws IOException {
			Path file = write(directory, REPORT_HEADER + "\n");

			CsvLayout layout = CsvLayoutDetector.detect(file);

			assertThat(layout).isEqualTo(new CsvLayout(',', 1, 1, 2, 0, 3, -1));
			assertThat(layout.isReport()).isTrue();
		}

		@Test
		void detectWhenReportWasResavedByExcelShouldStillTakeItAsAReport() throws IOException {
			Path file = writeWithBom(directory, REPORT_HEADER + "\r\n");

			assertThat(CsvLayoutDetector.detect(file).isReport()).isTrue();
		}

		@Test
		void detectWhenFileHasALineColumnButNoOutcomeShouldNotTakeItAsAReport() throws IOException {
			Path file = write(directory, "line,user_identity_id,device_id\n");

			CsvLayout layout = CsvLayoutDetector.detect(file);

			assertThat(layout).isEqualTo(new CsvLayout(',', 1, 1, 2, 0, -1, -1));
			assertThat(layout.isReport()).isFalse();
		}

	}

	@Nested
	class Refusals {

		@Test
		void detectWhenHeaderHasNoUsableColumnsShouldNameFileLineAndColumnsFound() throws IOException {
			Path file = write(directory, "name;email\nAvery;avery@example.com\n");

			assertThatThrownBy(() -> CsvLayoutDetector.detect(file)).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + " line 1: ")
				.hasMessageContaining("no user_identity_id and device_id columns")
				.hasMessageContaining("2 columns 'name', 'email'")
				.hasMessageContaining("separated by ';'");
		}

		@Test
		void detectWhenUnusableHeaderFollowsBlankLinesShouldNameItsPhysicalLine() throws IOException {
			Path file = write(directory, "\n\nuser\tdevice\n");

			assertThatThrownBy(() -> CsvLayoutDetector.detect(file)).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + " line 3: ")
				.hasMessageContaining("'user', 'device'")
				.hasMessageContaining("separated by tab");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "\n\n  \n" })
		void detectWhenFileIsEmptyShouldRefuseIt(String content) throws IOException {
			Path file = write(directory, content);

			assertThatThrownBy(() -> CsvLayoutDetector.detect(file)).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + ": ")
				.hasMessageContaining("empty");
		}

		@Test
		void detectWhenFileIsMissingShouldRefuseItAsUnreadable() {
			Path file = directory.resolve("absent.csv");

			assertThatThrownBy(() -> CsvLayoutDetector.detect(file)).isInstanceOf(InputFileException.class)
				.hasMessageStartingWith(file + ": cannot be read");
		}

	}

}
