package com.example.seamrevoke.cli;

import java.util.Locale;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.launch.RunRefusedException;
import com.example.seamrevoke.settings.InvalidSettingException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

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
					|| cause instanceof RunRefusedException || cause instanceof InvalidSettingException) {
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
			if (cause instanceof BindException bind && bind.getProperty() != null) {
				return "invalid setting " + bind.getProperty().getName() + "='" + shown(bind.getProperty()) + "': "
						+ withoutSecret(bind.getProperty(), rootMessage(bind));
			}
			if (isDatabaseInUse(cause)) {
				return "another run is using the job repository (H2 lets one process open it at a time), so this"
						+ " one sent nothing and exits " + ExitCode.ANOTHER_RUN_ACTIVE + "; the next scheduled run"
						+ " picks up whatever is left: " + firstLine(cause.getMessage());
			}
		}
		return "cannot start: " + rootMessage(failure);
	}

	/** A setting's value, unless it may be a secret (the key, a password). */
	private static String shown(ConfigurationProperty property) {
		return isSecret(property) ? "****" : String.valueOf(property.getValue());
	}

	/** {@code text} without a secret setting's value, which a conversion error quotes. */
	private static String withoutSecret(ConfigurationProperty property, String text) {
		String value = String.valueOf(property.getValue());
		return (isSecret(property) && !value.isEmpty()) ? text.replace(value, "****") : text;
	}

	private static boolean isSecret(ConfigurationProperty property) {
		String name = property.getName().toString().toLowerCase(Locale.ROOT);
		return name.contains("key") || name.contains("password") || name.contains("secret") || name.contains("token");
	}

	/**
	 * H2's file lock held by another process (docs/operations.md, "Two runs at once").
	 */
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
