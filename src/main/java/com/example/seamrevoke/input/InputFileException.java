package com.example.seamrevoke.input;

import java.nio.file.Path;

/**
 * The input cannot be read as a revocation list; the message names the file and the line.
 * Nothing has been sent when it is thrown before the job starts (exit code 2).
 */
public class InputFileException extends RuntimeException {

	public InputFileException(Path file, long line, String problem) {
		super(file + (line > 0 ? " line " + line : "") + ": " + problem, null, false, false);
	}

}
