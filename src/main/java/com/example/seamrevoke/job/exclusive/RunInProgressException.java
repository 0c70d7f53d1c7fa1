package com.example.seamrevoke.job.exclusive;

/**
 * Another live process runs this job instance (it holds its lease); this run sent
 * nothing. Not a failure of the input: the entry point exits with its own code
 * (docs/operations.md, "Exit codes").
 */
public class RunInProgressException extends RuntimeException {

	RunInProgressException(String message) {
		super(message, null, false, false);
	}

}
