package com.example.seamrevoke.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * count). For a CSV it counts the non-blank lines after the header, which a quoted cell
 * holding a line break overstates by one.
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
		Long lines = layout.isReport() ? null : nonBlankLines(input);
		return lines == null ? null : Math.max(0, lines - layout.headerLine());
	}

	/** Latin-1 reads any bytes, so a stray encoding never stops the count. */
	private static @Nullable Long nonBlankLines(Path input) {
		try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.ISO_8859_1)) {
			return lines.lines().filter(line -> !line.isBlank()).count();
		}
		catch (IOException | UncheckedIOException e) {
			return null;
		}
	}

}
