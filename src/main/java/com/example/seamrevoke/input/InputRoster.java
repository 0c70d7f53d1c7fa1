package com.example.seamrevoke.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.SafeText;

/**
 * Who an input file names, for the audit page (docs/audit-page.md): the rows the job
 * reads (the same rows the whole-file check counts), the people among them, and, for a
 * people file, each line's name and leave date when the file has such columns, found by
 * header name like the id columns. Other columns stay ignored by the job itself.
 *
 * @param rows the rows the job reads (of a report: its FAILED rows)
 * @param people the distinct people the valid rows name ({@code key:...} or
 * {@code id:...}, as the outcome table's {@code person_ref})
 * @param nameColumn the header of the name column, when found
 * @param leaveDateColumn the header of the leave or termination date column, when found
 * @param byLine the name and leave date cells of each line, as typed (cleaned)
 */
public record InputRoster(long rows, Set<String> people, @Nullable String nameColumn, @Nullable String leaveDateColumn,
		Map<Long, Cells> byLine) {

	private static final List<String> NAMES = List.of("name", "employeename", "fullname", "displayname", "personname",
			"employee", "staffname", "workername");

	private static final List<String> LEAVE_DATES = List.of("lastday", "lastdayofwork", "lastworkingday", "lastworkday",
			"terminationdate", "termdate", "terminationeffectivedate", "leavedate", "leavingdate", "leaverdate",
			"exitdate", "separationdate", "departuredate", "offboardingdate", "enddate");

	/** A line's name and leave date cells; empty when the file has no such column. */
	public record Cells(String name, String leaveDate) {
	}

	public static InputRoster read(Path file) {
		return of(InputCheck.of(file));
	}

	/**
	 * The roster of the file {@code check} read: its rows and people as counted there,
	 * and for a people file the names and leave dates, read from the file again.
	 */
	public static InputRoster of(InputCheck check) {
		if (!check.layout().isPeople()) {
			return new InputRoster(check.rows(), check.people(), null, null, Map.of());
		}
		return withCells(check.file(), check.layout(), check.rows(), check.people());
	}

	private static InputRoster withCells(Path file, CsvLayout layout, long rows, Set<String> people) {
		Map<Long, Cells> byLine = new HashMap<>();
		String nameHeader = null;
		String dateHeader = null;
		try (InputText text = InputText.open(file);
				CsvRecords records = new CsvRecords(file, text, layout.separator(), false)) {
			int name = -1;
			int date = -1;
			CsvRecord record;
			while ((record = records.next()) != null) {
				if (record.line() == layout.headerLine()) {
					name = column(record, NAMES);
					date = column(record, LEAVE_DATES);
					nameHeader = (name >= 0) ? clean(record.cell(name)) : null;
					dateHeader = (date >= 0) ? clean(record.cell(date)) : null;
				}
				else if (record.line() > layout.headerLine() && !record.isBlank()) {
					byLine.put(record.line(), new Cells(clean(record.cell(name)), clean(record.cell(date))));
				}
			}
		}
		catch (IOException e) {
			throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
		}
		return new InputRoster(rows, people, nameHeader, dateHeader, byLine);
	}

	/** The first header, in the order of {@code names}, that the row has. */
	private static int column(CsvRecord header, List<String> names) {
		List<String> normalised = header.cells().stream().map(CsvLayoutDetector::normalise).toList();
		return names.stream().mapToInt(normalised::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
	}

	private static String clean(String cell) {
		return String.valueOf(SafeText.clean(cell, SafeText.VALUE));
	}

}
