package com.example.seamrevoke.cli;

/**
 * Something the operator can fix (a missing option, an unreadable file, a missing key):
 * exit code 2, a one-line message, no stack trace and nothing sent to Seam.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
