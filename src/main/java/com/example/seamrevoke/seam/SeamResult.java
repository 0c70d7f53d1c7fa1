package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/** What the Seam client made of one call after all its attempts. */
public record SeamResult(Verdict verdict, @Nullable Integer httpStatus, @Nullable String errorType,
		@Nullable String errorMessage, int attempts, @Nullable String seamRequestId) {

	public enum Verdict {

		/** Seam answered 2xx (for a revoke: the access is revoked). */
		SUCCEEDED,
		/**
		 * Seam refused this call for good (unknown device or identity, invalid input,
		 * ...).
		 */
		REJECTED,
		/** Every attempt met a transient failure. */
		EXHAUSTED

	}

	static SeamResult of(Verdict verdict, SeamAnswer answer, int attempts) {
		boolean revoked = verdict == Verdict.SUCCEEDED;
		String message = revoked ? null : verdict == Verdict.EXHAUSTED
				? "gave up after " + attempts + " attempts: " + answer.describe() : answer.errorMessage();
		return new SeamResult(verdict, answer.httpStatus(), revoked ? null : answer.errorType(), message, attempts,
				answer.requestId());
	}

	/**
	 * A 2xx whose body is not what Seam documents: permanent, never read as "nothing".
	 */
	static SeamResult unexpected(SeamAnswer answer, int attempts, String what) {
		return new SeamResult(Verdict.REJECTED, answer.httpStatus(), "unexpected_answer",
				"Seam's answer has no " + what, attempts, answer.requestId());
	}

	/**
	 * The same result, counting the attempts of the calls before it (a lookup, pages).
	 */
	public SeamResult plusAttempts(int earlier) {
		return new SeamResult(verdict, httpStatus, errorType, errorMessage, attempts + earlier, seamRequestId);
	}

	public boolean succeeded() {
		return verdict == Verdict.SUCCEEDED;
	}

}
