package com.example.seamrevoke.job.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import com.example.seamrevoke.job.progress.OperatorConsole;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (a scheduler's stop) and SIGINT (Ctrl-C) during a run ask the job to stop once
 * the rows in flight are committed, so the execution ends STOPPED with its report written
 * and the process exits 1. The JVM's own handling would exit 143 mid-chunk. A second
 * signal stops at once ({@link ProcessExit}).
 *
 * <p>
 * It raises a flag that the revoke step's reader reads: the reader starts no new call
 * past the chunk in progress and flags the live step execution when that chunk holds
 * every started row. ({@code JobOperator.stop} would load a second copy of the execution
 * and, releasing its step context, close the step-scoped reader under the running step.)
 */
@Component
public class StopOnSignal implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);

	private static final List<String> SIGNALS = List.of("TERM", "INT");

	private final AtomicBoolean stopRequested = new AtomicBoolean();

	private final OperatorConsole console;

	private final ProcessExit processExit;

	StopOnSignal(OperatorConsole console, ProcessExit processExit) {
		this.console = console;
		this.processExit = processExit;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (stopRequested.get()) {
			stepExecution.setTerminateOnly();
		}
	}

	public <T> T whileRunning(Callable<T> run) throws Exception {
		stopRequested.set(false);
		List<Runnable> restore = new ArrayList<>();
		for (String name : SIGNALS) {
			try {
				Signal signal = new Signal(name);
				SignalHandler previous = Signal.handle(signal, this::requestStop);
				restore.add(() -> Signal.handle(signal, previous));
			}
			catch (IllegalArgumentException unsupported) {
				log.debug("signal {} cannot be handled here", name);
			}
		}
		try {
			return run.call();
		}
		finally {
			restore.forEach(Runnable::run);
		}
	}

	private void requestStop(Signal signal) {
		if (!stopRequested.compareAndSet(false, true)) {
			processExit.stopNow("SIG" + signal.getName() + " again: stopping now; the same command resumes.");
			return;
		}
		console.err()
			.println("SIG" + signal.getName() + ": finishing the rows in flight, then stopping"
					+ " (send it again to stop at once).");
	}

	public boolean stopRequested() {
		return stopRequested.get();
	}

}
