package com.example.seamrevoke.input;

import java.nio.file.Path;

import com.example.seamrevoke.safety.SafeText;

/**
 * The input cannot be read as a revocation list; the message names the file and the line.
 * Nothing has been sent when it is thrown before the job starts (exit code 2).
 */
public class InputFileException extends RuntimeException {

	/**
	 * The problem may quote the file's content, so the message is cleaned
	 * (docs/operations.md, "Security").
	 */
	public InputFileException(Path file, long line, String problem) {
		super(SafeText.clean(file + (line > 0 ? " line " + line : "") + ": " + problem, SafeText.LINE), null, false,
				false);
	}

}
