package com.example.seamrevoke;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.RunRefusedException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/**
 * Turns a failure to start (bad setting, database in use) into the one line an operator
 * needs.
 */
final class StartupFailures {

	private StartupFailures() {
	}

	static String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UsageException || cause instanceof InputFileException
					|| cause instanceof RunRefusedException) {
				return cause.getMessage();
			}
			if (cause instanceof BindValidationException validation) {
				return "invalid setting: " + validation.getValidationErrors()
					.getAllErrors()
					.stream()
					.map(Object::toString)
					.findFirst()
					.orElse(validation.getMessage());
			}
			if (cause instanceof BindException bind) {
				return "invalid setting " + bind.getProperty().getName() + "='" + bind.getProperty().getValue() + "': "
						+ rootMessage(bind);
			}
			if (isDatabaseInUse(cause)) {
				return "another run is using the job repository (H2 lets one process open it at a time), so this"
						+ " one sent nothing and exits " + ExitCode.ANOTHER_RUN_ACTIVE + "; the next scheduled run"
						+ " picks up whatever is left: " + firstLine(cause.getMessage());
			}
		}
		return "cannot start: " + rootMessage(failure);
	}

	/** H2's file lock held by another process (README, "Two runs at once"). */
	static boolean anotherRunActive(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isDatabaseInUse(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDatabaseInUse(Throwable cause) {
		return String.valueOf(cause.getMessage()).contains("Database may be already in use");
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return firstLine(String.valueOf(root.getMessage()));
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text);
	}

}
