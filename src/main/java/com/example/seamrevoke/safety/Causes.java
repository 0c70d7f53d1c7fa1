package com.example.seamrevoke.safety;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;

/**
 * A failure's chain of causes, walked in one place: a cause of a kind the tool explains
 * itself, and the innermost cause as one line when nothing does.
 */
public final class Causes {

	private Causes() {
	}

	/** The first of {@code failure} and its causes that {@code wanted} accepts. */
	public static @Nullable Throwable find(Throwable failure, Predicate<Throwable> wanted) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (wanted.test(cause)) {
				return cause;
			}
		}
		return null;
	}

	/** Accepts a throwable of one of {@code types}. */
	public static Predicate<Throwable> anyOf(List<Class<? extends Throwable>> types) {
		return failure -> types.stream().anyMatch(type -> type.isInstance(failure));
	}

	/**
	 * The innermost cause as one line: its type and the first line of its message (a
	 * driver's or a server's text, so it may need cleaning before it is shown).
	 */
	public static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String message = root.getMessage();
		String type = root.getClass().getSimpleName();
		return (message == null) ? type : type + ": " + message.lines().findFirst().orElse("");
	}

}
