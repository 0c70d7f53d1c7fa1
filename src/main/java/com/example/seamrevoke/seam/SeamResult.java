package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/** What the Seam client made of one row after all its attempts. */
public record SeamResult(Verdict verdict, @Nullable Integer httpStatus, @Nullable String errorType,
		@Nullable String errorMessage, int attempts, @Nullable String seamRequestId) {

	public enum Verdict {

		/** Seam answered 2xx. */
		REVOKED,
		/** Seam refused this row for good (unknown device, invalid input, ...). */
		REJECTED,
		/** Every attempt met a transient failure. */
		EXHAUSTED

	}

	static SeamResult of(Verdict verdict, SeamAnswer answer, int attempts) {
		boolean revoked = verdict == Verdict.REVOKED;
		String message = revoked ? null : verdict == Verdict.EXHAUSTED
				? "gave up after " + attempts + " attempts: " + answer.describe() : answer.errorMessage();
		return new SeamResult(verdict, answer.httpStatus(), revoked ? null : answer.errorType(), message, attempts,
				answer.requestId());
	}
}
