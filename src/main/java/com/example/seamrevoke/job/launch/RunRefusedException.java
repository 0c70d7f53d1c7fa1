package com.example.seamrevoke.job.launch;

/**
 * The launcher will not start this run (no key, an unknown execution to rerun, an
 * execution another process may still hold); nothing has been sent.
 */
public class RunRefusedException extends RuntimeException {

	RunRefusedException(String message) {
		super(message, null, false, false);
	}

}
