package com.example.seamrevoke.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.input.InputCheck;
import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.input.InputRoster;

/**
 * The input as the page knows it, for names, leave dates and the population, with a note
 * saying how (docs/audit-page.md, "Facts"): the rows and people of a pair file as the
 * run's own whole-file check counted them; a people file read again for its names and
 * dates, only when the file at the run's path is still the file the run read (same
 * SHA-256).
 */
record InputRead(@Nullable InputRoster roster, String note) {

	static InputRead of(RunFacts facts, @Nullable Checked checked) throws IOException {
		Path input = facts.inputPath();
		if (input == null) {
			return new InputRead(null, "a rerun reads the FAILED rows of job instance " + facts.rerunInstance()
					+ " from the outcome table, not a file");
		}
		InputCheck check = (checked != null && checked.of(input, facts.inputSha256())) ? checked.check() : null;
		if (check != null && !check.layout().isPeople()) {
			return new InputRead(InputRoster.of(check),
					"counted by the run's whole-file check before its first call, not read again");
		}
		if (!Files.isRegularFile(input)) {
			return new InputRead(null, "the input is no longer at " + input + ": names and leave dates not shown");
		}
		if (!Sha256.of(input).equals(facts.inputSha256())) {
			return new InputRead(null,
					"the file at " + input + " changed since the run read it: names and leave dates not shown");
		}
		try {
			// the names and dates are read again; the rows and people, when counted, are
			// not
			InputRoster roster = (check != null) ? InputRoster.of(check) : InputRoster.read(input);
			return new InputRead(roster, "read again for this page: same SHA-256 as the run's");
		}
		catch (InputFileException ex) {
			return new InputRead(null, ex.getMessage());
		}
	}

	/**
	 * The input as a run's whole-file check read it, and the SHA-256 the run took of it
	 * for its identity.
	 */
	record Checked(InputCheck check, String sha256) {

		boolean of(Path input, @Nullable String inputSha256) {
			return check.file().toAbsolutePath().normalize().equals(input) && sha256.equals(inputSha256);
		}

	}

}
