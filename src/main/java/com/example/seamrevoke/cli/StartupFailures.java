package com.example.seamrevoke.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.exclusive.RunInProgressException;
import com.example.seamrevoke.job.launch.RunRefusedException;
import com.example.seamrevoke.safety.Causes;
import com.example.seamrevoke.settings.InvalidSettingException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * Turns a failure to run (bad option or setting, refused input, another runner) into the
 * exit code and the one line an operator needs (docs/operations.md, "Exit codes").
 */
final class StartupFailures {

	/**
	 * What an operator can cause and fix, exit 2: the message is the whole story, no
	 * stack trace.
	 */
	private static final Predicate<Throwable> REFUSED = Causes.anyOf(List.of(UsageException.class,
			InputFileException.class, RunRefusedException.class, InvalidSettingException.class));

	/**
	 * Another live runner of the same input (its lease, or H2's file lock), exit 4: a
	 * standby host of the same schedule meets it (docs/operations.md, "Two runs at
	 * once").
	 */
	private static final Predicate<Throwable> ANOTHER_RUNNER = Causes.anyOf(List.of(RunInProgressException.class))
		.or(StartupFailures::isDatabaseInUse);

	private static final Predicate<Throwable> INVALID_SETTING = failure -> failure instanceof BindException bind
			&& bind.getProperty() != null;

	private StartupFailures() {
	}

	/**
	 * Exit 4 for another live runner, exit 1 for a database that went away (the same
	 * command resumes: docs/crash-safety.md), else exit 2.
	 */
	static int exitCode(Throwable failure) {
		if (Causes.find(failure, ANOTHER_RUNNER) != null) {
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		return DatabaseGone.causes(failure) ? ExitCode.STOPPED : ExitCode.USAGE;
	}

	/** The first cause the tool explains itself, else the innermost one. */
	static String describe(Throwable failure) {
		if (exitCode(failure) == ExitCode.STOPPED) {
			return DatabaseGone.describe(failure);
		}
		// a refusal of ours first: a settings record's rule breaks inside Boot's binding
		// of it
		Throwable cause = Causes.find(failure, REFUSED);
		if (cause == null) {
			cause = Causes.find(failure, ANOTHER_RUNNER.or(INVALID_SETTING));
		}
		if (cause == null) {
			return "cannot start: " + Causes.rootMessage(failure);
		}
		if (cause instanceof BindException bind && bind.getProperty() != null) {
			return "invalid setting " + bind.getProperty().getName() + "='" + shown(bind.getProperty()) + "': "
					+ withoutSecret(bind.getProperty(), Causes.rootMessage(bind));
		}
		if (isDatabaseInUse(cause)) {
			return "another run is using the job repository (H2 lets one process open it at a time), so this"
					+ " one sent nothing and exits " + ExitCode.ANOTHER_RUN_ACTIVE + "; the next scheduled run"
					+ " picks up whatever is left: "
					+ String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
		}
		return String.valueOf(cause.getMessage());
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

	/** H2's file lock held by another process. */
	private static boolean isDatabaseInUse(Throwable cause) {
		return String.valueOf(cause.getMessage()).contains("Database may be already in use");
	}

}
