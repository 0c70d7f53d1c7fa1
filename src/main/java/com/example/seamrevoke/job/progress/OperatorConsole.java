package com.example.seamrevoke.job.progress;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The one channel to the operator: the standard output and error the command was given,
 * passed to whatever prints. On an interactive terminal it can show a live line (the
 * progress) redrawn in place with a carriage return and ANSI "erase line", erased before
 * anything else is written to either stream (messages, log lines) so the two never
 * tangle, and erased at the end. Nothing swaps the JVM's own streams.
 */
public final class OperatorConsole {

	private static final String ERASE_LINE = "\r\u001b[2K";

	private final OutputStream terminal;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean interactive;

	private @Nullable Supplier<String> liveLine;

	private boolean shown;

	private OperatorConsole(PrintStream out, PrintStream err, boolean interactive) {
		this.terminal = out;
		this.interactive = interactive;
		this.out = interactive ? new PrintStream(erasingBefore(out), true, Charset.defaultCharset()) : out;
		this.err = interactive ? new PrintStream(erasingBefore(err), true, Charset.defaultCharset()) : err;
	}

	/**
	 * Streams that are not a terminal a person watches (a pipe, a file, a test): no live
	 * line.
	 */
	public static OperatorConsole plain(PrintStream out, PrintStream err) {
		return new OperatorConsole(out, err, false);
	}

	/**
	 * The process's standard streams, with a live line when they are an interactive
	 * terminal.
	 */
	public static OperatorConsole standardStreams() {
		return new OperatorConsole(System.out, System.err, interactiveTerminal());
	}

	/**
	 * A console that shows a live line on {@code terminal}, whatever it is (standard
	 * output when {@link #standardStreams} finds a terminal; a buffer in a test).
	 */
	public static OperatorConsole interactive(PrintStream terminal, PrintStream err) {
		return new OperatorConsole(terminal, err, true);
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	/** Whether a live line can be shown; otherwise progress goes to the log. */
	public boolean interactive() {
		return interactive;
	}

	/**
	 * Shows {@code line}, drawn anew at each {@link #refresh}, until the returned handle
	 * closes and erases it.
	 */
	public synchronized AutoCloseable showLive(Supplier<String> line) {
		if (!interactive) {
			throw new IllegalStateException("not an interactive terminal");
		}
		liveLine = line;
		return () -> {
			synchronized (this) {
				erase();
				liveLine = null;
			}
		};
	}

	/** Draws the live line again, in place. */
	public synchronized void refresh() {
		if (liveLine != null) {
			write(ERASE_LINE + liveLine.get());
			shown = true;
		}
	}

	/**
	 * Where the log's console lines go: the same output, erasing the live line first; the
	 * log may close it, the output stays open.
	 */
	public OutputStream logStream() {
		return erasingBefore(terminal);
	}

	/**
	 * {@code other} erasing the live line before each write; the next refresh draws it
	 * again below.
	 */
	OutputStream erasingBefore(OutputStream other) {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				synchronized (OperatorConsole.this) {
					erase();
					other.write(b);
				}
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				synchronized (OperatorConsole.this) {
					erase();
					other.write(bytes, offset, length);
				}
			}

			@Override
			public void flush() throws IOException {
				other.flush();
			}

			/** Whoever closes it, the operator's stream stays open. */
			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	private void erase() {
		if (shown) {
			write(ERASE_LINE);
			shown = false;
		}
	}

	private void write(String text) {
		try {
			terminal.write(text.getBytes(Charset.defaultCharset()));
			terminal.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether standard output is a terminal a person watches. From Java 22 a console
	 * exists even when output is redirected; {@code isTerminal()} then tells.
	 */
	private static boolean interactiveTerminal() {
		Console console = System.console();
		if (console == null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException beforeJava22) {
			return true;
		}
	}

}
