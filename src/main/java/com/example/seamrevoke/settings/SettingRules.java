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
		return new InvalidSettingException("invalid setting " + name + "='" + value + "': " + rule);
	}

}
