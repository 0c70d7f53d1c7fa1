package com.example.seamrevoke.job.launch;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.CsvLayout;
import com.example.seamrevoke.input.InputCheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard against the wrong people file (docs/offboarding.md, "The wrong file"). */
class PeopleCountGuardTests {

	private static final Path FILE = Path.of("inbox/staff.csv");

	@Test
	void aPeopleFileOverTheLimitIsRefusedNamingTheFileTheCountAndHowToConfirmIt() {
		assertThatThrownBy(() -> PeopleCountGuard.check(people(2345, 0), request(false, false, null), 100))
			.isInstanceOf(RunRefusedException.class)
			.hasMessage("staff.csv names 2,345 people, more than revoke.max-people=100; nothing was sent. If this file"
					+ " really lists 2,345 leavers, run it again with --confirm-people=2345 (or check it first with"
					+ " --preview)");
	}

	@Test
	void invalidRowsAreNotPeopleAndTheLimitItselfPasses() {
		assertThatCode(() -> PeopleCountGuard.check(people(105, 5), request(false, false, null), 100))
			.doesNotThrowAnyException();
	}

	@Test
	void onlyThisFilesExactCountConfirmsIt() {
		assertThatCode(() -> PeopleCountGuard.check(people(150, 0), request(false, false, 150L), 100))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> PeopleCountGuard.check(people(151, 0), request(false, false, 150L), 100))
			.hasMessageContaining("(--confirm-people=150 does not match this file's count)");
	}

	@Test
	void aPreviewADryRunAndAPairFileAreNotLimited() {
		assertThatCode(() -> PeopleCountGuard.check(people(5000, 0), request(true, false, null), 100))
			.doesNotThrowAnyException();
		assertThatCode(() -> PeopleCountGuard.check(people(5000, 0), request(false, true, null), 100))
			.doesNotThrowAnyException();
		assertThatCode(() -> PeopleCountGuard.check(new InputCheck(FILE, pairs(), 5000, 0, Set.of()),
				request(false, false, null), 100))
			.doesNotThrowAnyException();
	}

	private static InputCheck people(long rows, long invalid) {
		// a header on line 1, a key column, no device column
		return new InputCheck(FILE, new CsvLayout(',', 1, -1, -1, -1, -1, 0), rows, invalid, Set.of());
	}

	private static CsvLayout pairs() {
		return new CsvLayout(',', 1, 0, 1, -1, -1, -1);
	}

	private static RunRequest request(boolean preview, boolean dryRun, Long confirm) {
		return new RunRequest(FILE, null, null, dryRun, false, null,
				new RunRequest.Offboarding(preview, false, confirm),
				new RerunCommand("java -jar x.jar", java.util.List.of()), () -> {
				});
	}

}
