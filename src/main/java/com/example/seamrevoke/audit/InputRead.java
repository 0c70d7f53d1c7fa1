package com.example.seamrevoke.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.input.InputRoster;

/**
 * The input as the page reads it again for names, leave dates and the population: only
 * when the file at the run's path is still the file the run read (same SHA-256), and with
 * a note saying which (docs/audit-page.md, "What it shows").
 */
record InputRead(@Nullable InputRoster roster, String note) {

	static InputRead of(RunFacts facts) throws IOException {
		Path input = facts.inputPath();
		if (input == null) {
			return new InputRead(null, "a rerun reads the FAILED rows of job instance " + facts.rerunInstance()
					+ " from the outcome table, not a file");
		}
		if (!Files.isRegularFile(input)) {
			return new InputRead(null, "the input is no longer at " + input + ": names and leave dates not shown");
		}
		if (!Sha256.of(input).equals(facts.inputSha256())) {
			return new InputRead(null,
					"the file at " + input + " changed since the run read it: names and leave dates not shown");
		}
		try {
			return new InputRead(InputRoster.read(input), "read again for this page: same SHA-256 as the run's");
		}
		catch (InputFileException ex) {
			return new InputRead(null, ex.getMessage());
		}
	}

}
