package com.example.seamrevoke.input;

/**
 * The most of one input row this tool holds in memory, so that no file, however hostile,
 * can exhaust the heap (docs/formats.md, "Input limits"). A row beyond a limit becomes
 * INVALID; a header beyond one refuses the file.
 */
final class InputLimits {

	/** Characters of one row, including the line breaks of its quoted cells. */
	static final int MAX_ROW_CHARS = 1 << 20;

	/** Columns of one row: Excel's own maximum (XFD). */
	static final int MAX_COLUMNS = 16_384;

	/** Characters of an id kept for the report and messages when it is not a UUID. */
	static final int MAX_ECHOED_CHARS = 64;

	private InputLimits() {
	}

}
