package com.example.seamrevoke.safety;

import org.jspecify.annotations.Nullable;

/**
 * Text that came from outside (an input file, Seam's answers) made safe for a terminal, a
 * log, the report and the database: control and invisible formatting characters (ESC and
 * so terminal escape sequences, bidirectional overrides, NUL) become U+FFFD, line breaks
 * and tabs a space, and the text is cut to a sane length (docs/operations.md,
 * "Security"). Idempotent: cleaning clean text changes nothing.
 */
public final class SafeText {

	/** An id or a value of an input cell, echoed in a message or a report cell. */
	public static final int VALUE = 100;

	/** Seam's error type or request id. */
	public static final int TOKEN = 100;

	/** Seam's error message, a redirect's target. */
	public static final int MESSAGE = 500;

	/** A whole line of our own output built from such parts (a stop reason). */
	public static final int LINE = 1000;

	private static final char REPLACEMENT = '\uFFFD';

	private static final String CUT = "\u2026";

	private SafeText() {
	}

	/**
	 * {@code text} without control characters, at most {@code maxLength} characters
	 * (ending in "…" when cut); {@code null} stays {@code null}.
	 */
	public static @Nullable String clean(@Nullable String text, int maxLength) {
		if (text == null) {
			return null;
		}
		if (text.length() <= maxLength && isPrintableAscii(text)) {
			return text;
		}
		StringBuilder safe = new StringBuilder(Math.min(text.length(), maxLength + 1));
		for (int i = 0; i < text.length() && safe.length() <= maxLength; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			}
			else {
				safe.append(replacement(c));
			}
		}
		return safe.length() <= maxLength ? safe.toString() : cut(safe, maxLength);
	}

	/** The common case (ids, our own words), answered without copying. */
	private static boolean isPrintableAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' || c > '~') {
				return false;
			}
		}
		return true;
	}

	private static char replacement(char c) {
		if (c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
				|| c == '\u2029') {
			return ' ';
		}
		int type = Character.getType(c);
		boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
		return invisible ? REPLACEMENT : c;
	}

	/**
	 * Cuts before {@code maxLength}, never between the two halves of a surrogate pair.
	 */
	private static String cut(StringBuilder text, int maxLength) {
		int end = maxLength - CUT.length();
		if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
			end--;
		}
		return text.substring(0, Math.max(end, 0)) + CUT;
	}

}
