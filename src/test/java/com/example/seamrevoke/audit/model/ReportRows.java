package com.example.seamrevoke.audit.model;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * The rows of a golden report as the page reads them from the table: what the page counts
 * is then checked against what the report lists. Times the golden file masks ({@code *})
 * become {@code at}; person rows get the {@code person_ref} the table holds.
 */
final class ReportRows {

	private ReportRows() {
	}

	static List<OutcomeRow> read(Path report, long jobExecutionId, Instant at, Map<Long, String> entrancesByLine)
			throws Exception {
		List<OutcomeRow> rows = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(report); CSVReader csv = new CSVReader(in)) {
			List<String> header = List.of(csv.readNext());
			String[] cells;
			int item = 0;
			long previous = -1;
			while ((cells = csv.readNext()) != null) {
				Cells row = new Cells(header, cells);
				long line = Long.parseLong(row.get("line"));
				item = (line == previous) ? item + 1 : 0;
				previous = line;
				String key = row.get("user_identity_key");
				String verification = row.get("verification");
				rows.add(new OutcomeRow(line, item, jobExecutionId, row.get("user_identity_id"), row.get("device_id"),
						Outcome.valueOf(row.get("outcome")), status(row.get("http_status")),
						blankToNull(row.get("error_type")), blankToNull(row.get("error_message")), "request-" + line,
						at, blankToNull(key), key.isEmpty() ? null : "key:" + key,
						verification.isEmpty() ? null : Verification.valueOf(verification),
						verification.isEmpty() ? null : at, entrancesByLine.get(line), optional(row, "target_kind"),
						optional(row, "target_id"), optional(row, "target_name"), null,
						verification.equals("VERIFIED") ? at : null));
			}
		}
		return rows;
	}

	/** A column of the report, blank or absent (an older report) as null. */
	private static String optional(Cells row, String column) {
		return row.header().contains(column) ? blankToNull(row.get(column)) : null;
	}

	private static Integer status(String text) {
		return text.isEmpty() ? null : Integer.valueOf(text);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private record Cells(List<String> header, String[] cells) {

		String get(String column) {
			return cells[header.indexOf(column)];
		}

	}

}
