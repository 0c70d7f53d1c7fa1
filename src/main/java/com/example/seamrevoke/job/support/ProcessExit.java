package com.example.seamrevoke.job.support;

import java.util.function.IntConsumer;

import com.example.seamrevoke.job.progress.OperatorConsole;

/**
 * The one way a run ends the process early: it says why on standard error and halts at
 * once with exit code 1 (docs/operations.md, "Exit codes"), without finishing the rows in
 * flight, the report or the summary; the same command resumes. A second signal and a lost
 * lease end a run so. The halting action is given at start-up, so a test can record
 * instead of halting.
 */
public final class ProcessExit {

	/** Stopped: the same command resumes (docs/operations.md, "Exit codes"). */
	public static final int STOPPED = 1;

	private final OperatorConsole console;

	private final IntConsumer halt;

	public ProcessExit(OperatorConsole console, IntConsumer halt) {
		this.console = console;
		this.halt = halt;
	}

	/** Halts the JVM: no shutdown hook, no finally block, nothing more sent. */
	public static ProcessExit halting(OperatorConsole console) {
		return new ProcessExit(console, status -> Runtime.getRuntime().halt(status));
	}

	public void stopNow(String why) {
		console.err().println(why);
		console.err().flush();
		halt.accept(STOPPED);
	}

}
