package com.example.seamrevoke.input;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole file read once before anything is sent: an unusable file (no id columns, a
 * quote never closed, a header past the limits) is refused here, naming the file and the
 * line, instead of stopping a run halfway. Reading is cheap next to a call to Seam.
 *
 * @param rows the rows the job will process (of a report: its FAILED rows)
 * @param invalidRows those of them that will be INVALID
 */
public record InputCheck(Path file, CsvLayout layout, long rows, long invalidRows) {

	public static InputCheck of(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new InputFileException(file, 0, "no such readable file");
		}
		CsvLayout layout = CsvLayoutDetector.detect(file);
		long rows = 0;
		long invalid = 0;
		try (RevocationRows reader = RevocationRows.open(file, layout)) {
			RevocationRequest request;
			while ((request = reader.next()) != null) {
				rows++;
				invalid += request.isValid() ? 0 : 1;
			}
		}
		return new InputCheck(file, layout, rows, invalid);
	}

}
