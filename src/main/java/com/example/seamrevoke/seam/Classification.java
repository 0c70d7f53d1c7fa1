package com.example.seamrevoke.seam;

/**
 * What one Seam answer means for the row and for the job: the "How Seam's answers are
 * handled" table of docs/operations.md.
 */
enum Classification {

	/** 2xx (without {@code "ok": false}): the access is revoked. */
	SUCCESS,
	/** This row can never succeed as it is: record FAILED and go on. */
	PERMANENT,
	/** Worth another attempt after a backoff. */
	TRANSIENT,
	/** Every row would fail the same way: stop the job at once. */
	FATAL;

	static Classification of(SeamAnswer answer) {
		if (answer.isTransportError()) {
			return answer.isUntrustedCertificate() ? FATAL : TRANSIENT;
		}
		int status = answer.status();
		if (status >= 200 && status < 300) {
			// a 2xx that says "ok": false carries an error type: Seam refused
			return answer.errorType() == null ? SUCCESS : PERMANENT;
		}
		if (status == 401 || status == 403 || status == 405 || status == 501 || (status >= 300 && status < 400)) {
			return FATAL;
		}
		if (status == 400 && "missing_workspace_id".equals(answer.errorType())) {
			return FATAL;
		}
		if (status == 404 && !answer.isSeamError()) {
			return FATAL;
		}
		if (status == 408 || status == 409 || status == 429 || status >= 500) {
			return TRANSIENT;
		}
		return PERMANENT;
	}

}
