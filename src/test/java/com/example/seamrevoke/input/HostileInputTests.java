package com.example.seamrevoke.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.example.seamrevoke.input.ReadAll.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Files built to hurt: rows past {@link InputLimits}, thousands of columns, a quote that
 * never closes, a workbook under a .csv name. Each ends in INVALID rows or an
 * {@link InputFileException} naming the file and the line.
 */
class HostileInputTests {

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	@TempDir
	Path directory;

	@Test
	void rowLongerThanTheLimitBecomesInvalidAndTheNextRowIsRead() throws IOException {
		Path file = write(writer -> {
			writer.write("user_identity_id,device_id,note\n" + USER + "," + DEVICE + ",\"");
			repeat(writer, "x\n", InputLimits.MAX_ROW_CHARS);
			writer.write("\"\n" + USER + "," + DEVICE + ",ok\n");
		});

		List<RevocationRequest> rows = readAll(file);

		assertThat(rows).extracting(RevocationRequest::line, RevocationRequest::isValid)
			.containsExactly(tuple(2L, false), tuple(2L + InputLimits.MAX_ROW_CHARS + 1, true));
		assertThat(rows.get(0).invalidReason()).isEqualTo("the row is longer than 1048576 characters; not read");
		assertThat(rows.get(0).userIdentityId()).isEqualTo(USER);
		assertThat(InputCheck.of(file)).extracting(InputCheck::rows, InputCheck::invalidRows).containsExactly(2L, 1L);
	}

	@Test
	void thousandsOfColumnsAreReadUpToExcelsMaximumAndBeyondItTheRowIsInvalid() throws IOException {
		Path file = write(writer -> {
			writer.write("user_identity_id,device_id\n" + USER + "," + DEVICE);
			repeat(writer, ",", 5_000);
			writer.write("\n" + USER + "," + DEVICE);
			repeat(writer, ",", InputLimits.MAX_COLUMNS);
			writer.write("\n");
		});

		assertThat(readAll(file))
			.extracting(RevocationRequest::line, RevocationRequest::isValid, RevocationRequest::invalidReason)
			.containsExactly(tuple(2L, true, null), tuple(3L, false, "the row has more than 16384 columns; not read"));
	}

	@Test
	void headerPastTheLimitRefusesTheFileWithoutReadingItAll() throws IOException {
		Path file = write(writer -> repeat(writer, "user_identity_id,device_id,", 100_000));

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + " line 1: the first row ");
	}

	@Test
	void quoteThatNeverClosesInALargeFileNamesTheLineItOpensOn() throws IOException {
		Path file = write(writer -> {
			writer.write("user_identity_id,device_id\n" + USER + "," + DEVICE + "\n\"" + USER + "," + DEVICE + "\n");
			repeat(writer, USER + "," + DEVICE + "\n", 50_000);
		});

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessage(file + " line 3: cannot be parsed: the quoted cell that starts on this line is never closed"
					+ " (a quote at the start of a cell opens it until the next quote)");
	}

	@Test
	void workbookSavedUnderACsvNameIsRefusedAsAWorkbook() throws IOException {
		Path file = directory.resolve("offboarding.csv");
		Files.write(file, new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '!', 0 });

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + ": is a spreadsheet workbook (.xlsx), not CSV text");
	}

	@Test
	void headerWithControlCharactersIsEchoedPrintably() throws IOException {
		Path file = Files.writeString(directory.resolve("junk.csv"), "\u001b]0;owned\u0007name,\u0000mail\n");

		assertThatThrownBy(() -> InputCheck.of(file)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("2 columns '\uFFFD]0;owned\uFFFDname', '\uFFFDmail'")
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\u0000", "\u0007"));
	}

	private interface Content {

		void writeTo(Writer writer) throws IOException;

	}

	private Path write(Content content) throws IOException {
		Path file = Files.createTempFile(directory, "hostile-", ".csv");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			content.writeTo(writer);
		}
		return file;
	}

	private static void repeat(Writer writer, String text, int times) throws IOException {
		for (int i = 0; i < times; i++) {
			writer.write(text);
		}
	}

}
