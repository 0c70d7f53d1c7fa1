package com.example.seamrevoke.job.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * The live progress line on an interactive terminal: redrawn in place with a carriage
 * return and ANSI "erase line", erased before anything else is written to the terminal
 * (log lines, messages) so the two never tangle, and erased at the end.
 */
final class TerminalProgress {

	private static final String ERASE_LINE = "\r\u001b[2K";

	private final Writer terminal;

	private final Supplier<String> line;

	private boolean shown;

	TerminalProgress(Writer terminal, Supplier<String> line) {
		this.terminal = terminal;
		this.line = line;
	}

	synchronized void refresh() {
		write(ERASE_LINE + line.get());
		shown = true;
	}

	synchronized void erase() {
		if (shown) {
			write(ERASE_LINE);
			shown = false;
		}
	}

	/**
	 * {@code other} (standard output or error) erasing the progress line before each
	 * write; the next refresh draws it again below.
	 */
	OutputStream erasingBefore(OutputStream other) {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				synchronized (TerminalProgress.this) {
					erase();
					other.write(b);
				}
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				synchronized (TerminalProgress.this) {
					erase();
					other.write(bytes, offset, length);
				}
			}

			@Override
			public void flush() throws IOException {
				other.flush();
			}
		};
	}

	private void write(String text) {
		try {
			terminal.write(text);
			terminal.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
