package com.example.seamrevoke.input;

import java.nio.file.Path;

import com.example.seamrevoke.UsageException;

/**
 * The input cannot be read as a revocation list; the message names the file and the line.
 */
public class InputFileException extends UsageException {

	public InputFileException(Path file, long line, String problem) {
		super(file + (line > 0 ? " line " + line : "") + ": " + problem);
	}

}
