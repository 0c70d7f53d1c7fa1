package com.example.seamrevoke.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Exports a job instance's outcomes, ordered by line, as the report CSV. It writes a
 * temporary file and moves it into place, so a reader never sees a half-written report.
 */
@Component
public class ReportWriter {

	/** The report columns, in the order the README's "Report" section fixes. */
	public static final List<String> HEADER = List.of("line", "user_identity_id", "device_id", "outcome", "http_status",
			"error_type", "error_message", "attempts", "seam_request_id", "processed_at", "source_line",
			"user_identity_key", "verification", "verified_at");

	private final OutcomeRepository outcomes;

	ReportWriter(OutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	public void write(long jobInstanceId, Path report) {
		Path target = report.toAbsolutePath();
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".report-", ".csv.tmp");
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\r\n")) {
				csv.writeNext(HEADER.toArray(String[]::new), false);
				outcomes.forEachByLine(jobInstanceId, outcome -> csv.writeNext(cells(outcome), false));
			}
			moveIntoPlace(temporary, target);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the report " + target + ": " + e.getMessage(), e);
		}
	}

	private static String[] cells(RevocationOutcome o) {
		return new String[] { Long.toString(o.line()), safe(o.userIdentityId()), safe(o.deviceId()), o.outcome().name(),
				text(o.httpStatus()), safe(o.errorType()), safe(o.errorMessage()), Integer.toString(o.attempts()),
				safe(o.seamRequestId()), o.processedAt().toString(), Long.toString(o.sourceLine()),
				safe(o.userIdentityKey()), text(o.verification()), text(o.verifiedAt()) };
	}

	/**
	 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV
	 * injection).
	 */
	static String safe(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + cell : cell;
	}

	private static String text(@Nullable Object value) {
		return Objects.toString(value, "");
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
