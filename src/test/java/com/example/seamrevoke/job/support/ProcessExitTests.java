package com.example.seamrevoke.job.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.job.progress.OperatorConsole;

import static org.assertj.core.api.Assertions.assertThat;

/** Halting says why on standard error and ends with exit code 1. */
class ProcessExitTests {

	@Test
	void stopNowSaysWhyThenHaltsWithTheStoppedExitCode() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		OperatorConsole console = OperatorConsole.plain(new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		List<Integer> halted = new ArrayList<>();

		new ProcessExit(console, halted::add).stopNow("Stopping at once: the lease was lost.");

		assertThat(err.toString(StandardCharsets.UTF_8))
			.isEqualTo("Stopping at once: the lease was lost." + System.lineSeparator());
		assertThat(halted).containsExactly(1);
		assertThat(ProcessExit.STOPPED).isEqualTo(1);
	}

}
