package com.example.seamrevoke.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two reading bugs found in review: a parse error named a line past the end, and ",,"
 * above the header.
 */
class CsvRevocationReaderRegressionTests {

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	@TempDir
	Path directory;

	@Test
	void unterminatedQuoteShouldBeReportedOnTheLineWhereTheRecordStarts() throws Exception {
		Path file = Files.write(directory.resolve("broken.csv"), List.of("n,user_identity_id,device_id",
				"\"a," + USER + "," + DEVICE, "b," + USER + "," + DEVICE, "c," + USER + "," + DEVICE));
		CsvRevocationReader reader = new CsvRevocationReader(file);
		reader.open(new ExecutionContext());

		assertThatThrownBy(() -> {
			while (reader.read() != null) {
				// read to the broken record
			}
		}).isInstanceOf(InputFileException.class).hasMessageContaining("broken.csv line 2: cannot be parsed");
	}

	@Test
	void rowOfSeparatorsAboveTheHeaderShouldBeSkipped() throws Exception {
		Path file = Files.write(directory.resolve("excel.csv"),
				List.of(",,", "user_identity_id,device_id", USER + "," + DEVICE));
		CsvRevocationReader reader = new CsvRevocationReader(file);
		reader.open(new ExecutionContext());

		RevocationRequest request = reader.read();

		assertThat(request.line()).isEqualTo(3);
		assertThat(request.isValid()).isTrue();
		assertThat(reader.read()).isNull();
	}

}
