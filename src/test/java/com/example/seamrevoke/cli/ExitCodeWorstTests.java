package com.example.seamrevoke.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory's one exit code: the file most in need of a person (docs/operations.md,
 * "Exit codes").
 */
class ExitCodeWorstTests {

	@Test
	void refusedFileShouldOutrankStoppedRunWhichShouldOutrankRowsToLookAt() {
		assertThat(ExitCode.worst(ExitCode.OK, ExitCode.ROWS_NEED_ATTENTION)).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(ExitCode.worst(ExitCode.STOPPED, ExitCode.ROWS_NEED_ATTENTION)).isEqualTo(ExitCode.STOPPED);
		assertThat(ExitCode.worst(ExitCode.STOPPED, ExitCode.USAGE)).isEqualTo(ExitCode.USAGE);
		assertThat(ExitCode.worst(ExitCode.USAGE, ExitCode.OK)).isEqualTo(ExitCode.USAGE);
		assertThat(ExitCode.worst(ExitCode.OK, ExitCode.OK)).isEqualTo(ExitCode.OK);
	}

}
