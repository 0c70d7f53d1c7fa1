package com.example.seamrevoke.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole file read once before anything is sent: an unusable file (no id columns, a
 * quote never closed, a header past the limits) is refused here, naming the file and the
 * line, instead of stopping a run halfway. Reading is cheap next to a call to Seam.
 *
 * @param rows the rows the job will process (of a report: its FAILED rows)
 * @param invalidRows those of them that will be INVALID
 * @param people the distinct people the valid rows name ({@code key:...} or
 * {@code id:...}, as the outcome table's {@code person_ref}), for the audit page
 */
public record InputCheck(Path file, CsvLayout layout, long rows, long invalidRows, Set<String> people) {

	public static InputCheck of(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new InputFileException(file, 0, "no such readable file");
		}
		CsvLayout layout = CsvLayoutDetector.detect(file);
		long rows = 0;
		long invalid = 0;
		Set<String> people = new HashSet<>();
		try (RevocationRows reader = RevocationRows.open(file, layout)) {
			RevocationRequest request;
			while ((request = reader.next()) != null) {
				rows++;
				if (!request.isValid()) {
					invalid++;
				}
				else if (request.personRef() != null) {
					people.add(request.personRef());
				}
			}
		}
		return new InputCheck(file, layout, rows, invalid, Set.copyOf(people));
	}

}
