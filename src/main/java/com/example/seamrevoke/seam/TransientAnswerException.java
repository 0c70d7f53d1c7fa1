package com.example.seamrevoke.seam;

/**
 * Carries a transient answer through the retry template to the backoff policy and the
 * recovery.
 */
class TransientAnswerException extends RuntimeException {

	private final transient SeamAnswer answer;

	TransientAnswerException(SeamAnswer answer) {
		super(answer.describe(), null, false, false);
		this.answer = answer;
	}

	SeamAnswer answer() {
		return answer;
	}

}
