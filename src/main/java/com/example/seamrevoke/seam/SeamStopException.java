package com.example.seamrevoke.seam;

/**
 * Seam answered in a way that means every further row would fail too (bad key, wrong
 * endpoint, the API down, a throttle longer than we wait). The job stops; the same
 * command resumes it.
 */
public class SeamStopException extends RuntimeException {

	public SeamStopException(String message) {
		super(message, null, false, false);
	}

}
