package com.example.seamrevoke.settings;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The rules a setting's value must keep, checked as the settings records are bound: a
 * value that breaks one stops the run with exit 2 and a line naming the setting, its
 * value and the rule (docs/operations.md, "Configuration"). Plain checks rather than a
 * bean validation provider, which would cost every run a fifth of a second to start.
 */
public final class SettingRules {

	private static final String[] UNITS = { "d", "h", "m", "s" };

	private static final long[] UNIT_MILLIS = { 86_400_000, 3_600_000, 60_000, 1_000 };

	private SettingRules() {
	}

	public static int atLeastOne(String name, int value) {
		if (value < 1) {
			throw broken(name, value, "must be at least 1");
		}
		return value;
	}

	public static <T> T present(String name, @Nullable T value) {
		if (value == null) {
			throw new InvalidSettingException("invalid setting " + name + ": must have a value");
		}
		return value;
	}

	public static Duration positive(String name, @Nullable Duration value) {
		if (present(name, value).isNegative() || value.isZero()) {
			throw broken(name, value, "must be longer than zero");
		}
		return value;
	}

	public static Duration notNegative(String name, @Nullable Duration value) {
		if (present(name, value).isNegative()) {
			throw broken(name, value, "must not be negative");
		}
		return value;
	}

	static InvalidSettingException broken(String name, Object value, String rule) {
		return new InvalidSettingException("invalid setting " + name + "='" + shown(value) + "': " + rule);
	}

	/** A duration as an operator writes it ({@code 20s}), not as Java prints it. */
	static String shown(Object value) {
		if (!(value instanceof Duration duration)) {
			return String.valueOf(value);
		}
		long millis = duration.toMillis();
		for (int i = 0; i < UNITS.length; i++) {
			if (millis != 0 && millis % UNIT_MILLIS[i] == 0) {
				return (millis / UNIT_MILLIS[i]) + UNITS[i];
			}
		}
		return (millis == 0) ? "0s" : millis + "ms";
	}

}
