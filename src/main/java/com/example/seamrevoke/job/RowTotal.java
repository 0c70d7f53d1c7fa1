package com.example.seamrevoke.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.CsvLayout;
import com.example.seamrevoke.input.CsvLayoutDetector;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * How many rows a run will give an outcome to, for the progress line's percentage and
 * ETA; {@code null} when it is not known cheaply (a report as input: only its FAILED rows
 * count; a people file: each person becomes as many rows as they have devices). For a CSV
 * it counts the non-blank lines after the header, which a quoted cell holding a line
 * break overstates by one.
 */
final class RowTotal {

	private RowTotal() {
	}

	static @Nullable Long of(RunRequest request, OutcomeRepository outcomes, JobRepository jobRepository) {
		if (request.rerunFailed() != null) {
			JobExecution source = jobRepository.getJobExecution(request.rerunFailed());
			return source == null ? null : outcomes.count(source.getJobInstanceId()).of(Outcome.FAILED);
		}
		Path input = request.input();
		CsvLayout layout = CsvLayoutDetector.detect(input);
		Long lines = (layout.isReport() || layout.isPeople()) ? null : nonBlankLines(input);
		return lines == null ? null : Math.max(0, lines - layout.headerLine());
	}

	/**
	 * Counts in a fixed buffer, byte by byte (Latin-1: any byte is a character), so a
	 * huge line costs no memory and a stray encoding never stops the count.
	 */
	private static @Nullable Long nonBlankLines(Path input) {
		try (InputStream in = Files.newInputStream(input)) {
			byte[] buffer = new byte[64 * 1024];
			long lines = 0;
			boolean content = false;
			int read;
			while ((read = in.read(buffer)) != -1) {
				for (int i = 0; i < read; i++) {
					int c = buffer[i] & 0xFF;
					if (c == '\n' || c == '\r') {
						lines += content ? 1 : 0;
						content = false;
					}
					else if (!Character.isWhitespace(c)) {
						content = true;
					}
				}
			}
			return lines + (content ? 1 : 0);
		}
		catch (IOException e) {
			return null;
		}
	}

}
