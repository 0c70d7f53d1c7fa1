package com.example.seamrevoke.job.source;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.CsvLayoutDetector;
import com.example.seamrevoke.outcome.OutcomeRepository;

/**
 * Whether a run expands people before it revokes (docs/formats.md, "People files"): a
 * people file does, and so does a rerun of a person whose lookup FAILED. A pair file does
 * not: the job skips its expand step and its revoke step reads the file, as before people
 * files existed. The answer is the same on every restart of an instance.
 */
public final class Expansion {

	private Expansion() {
	}

	public static boolean needed(OutcomeRepository outcomes, @Nullable String inputFile, @Nullable Long rerunInstance) {
		if (inputFile != null) {
			return CsvLayoutDetector.detect(Path.of(inputFile)).isPeople();
		}
		return rerunInstance != null && outcomes.hasFailedPersonLookups(rerunInstance);
	}

}
