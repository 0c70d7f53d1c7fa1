package com.example.seamrevoke.settings;

/**
 * A setting the job cannot run with (an unreadable key file, a plain-HTTP endpoint): exit
 * code 2, a one-line message naming the setting, and nothing sent to Seam.
 */
public class InvalidSettingException extends RuntimeException {

	public InvalidSettingException(String message) {
		super(message, null, false, false);
	}

}
