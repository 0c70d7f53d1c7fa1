package com.example.seamrevoke.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.AtomicFiles;
import com.example.seamrevoke.safety.SafeText;

import org.springframework.stereotype.Component;

/**
 * Exports a job instance's outcomes, ordered by line, as the report CSV, whole or not at
 * all ({@link AtomicFiles}); the file and the directories it creates are owner-only
 * (docs/operations.md, "Security").
 */
@Component
public class ReportWriter {

	/** The report columns, in the order of docs/formats.md, "Report". */
	public static final List<String> HEADER = List.of("line", "user_identity_id", "device_id", "outcome", "http_status",
			"error_type", "error_message", "attempts", "seam_request_id", "processed_at", "source_line",
			"user_identity_key", "verification", "verified_at", "target_kind", "target_id", "target_name",
			"requested_at", "confirmed_at");

	/** The characters a spreadsheet starts a formula with (or a command, in DDE). */
	private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

	private final OutcomeRepository outcomes;

	ReportWriter(OutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	public void write(long jobInstanceId, Path report) {
		write(jobInstanceId, report, row -> {
		});
	}

	/**
	 * Writes the report and hands every row, as it is read, to {@code alsoTo} too (the
	 * audit page): one read of the table for both.
	 */
	public void write(long jobInstanceId, Path report, Consumer<StoredOutcome> alsoTo) {
		try {
			AtomicFiles.writePrivately(report, out -> {
				CsvRecordWriter csv = new CsvRecordWriter(out);
				csv.write(HEADER.toArray(String[]::new));
				outcomes.forEachStoredByLine(jobInstanceId, row -> {
					try {
						csv.write(cells(row.outcome()));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					alsoTo.accept(row);
				});
			});
		}
		catch (IOException e) {
			throw notWritten(report, e);
		}
		catch (UncheckedIOException e) {
			throw notWritten(report, e.getCause());
		}
	}

	private static UncheckedIOException notWritten(Path report, IOException cause) {
		return new UncheckedIOException(
				"cannot write the report " + report.toAbsolutePath() + ": " + cause.getMessage(), cause);
	}

	/** Every column goes through {@link #safe}, the ones we write ourselves too. */
	private static String[] cells(RevocationOutcome o) {
		Object[] values = { o.line(), o.userIdentityId(), o.deviceId(), o.outcome(), o.httpStatus(), o.errorType(),
				o.errorMessage(), o.attempts(), o.seamRequestId(), InstantText.of(o.processedAt()), o.sourceLine(),
				o.userIdentityKey(), o.verification(), InstantText.of(o.verifiedAt()),
				o.target() == null ? null : o.target().kind(), o.target() == null ? null : o.target().id(),
				o.target() == null ? null : o.target().name(), InstantText.of(o.requestedAt()),
				InstantText.of(o.confirmedAt()) };
		String[] cells = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = safe(values[i]);
		}
		return cells;
	}

	/**
	 * The cell's text without control characters, with a leading apostrophe when a
	 * spreadsheet could run it as a formula (OWASP CSV injection): it starts with
	 * {@code = + - @}, their full-width forms (which some spreadsheets take for the
	 * same), or with white space (a tab or line break, now a space) that may hide one.
	 */
	static String safe(@Nullable Object value) {
		String cell = SafeText.clean(Objects.toString(value, ""), OutcomeColumns.MESSAGE);
		if (cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		boolean formula = FORMULA_STARTS.indexOf(first) >= 0 || Character.isWhitespace(first)
				|| Character.isSpaceChar(first);
		return formula ? "'" + cell : cell;
	}

}
