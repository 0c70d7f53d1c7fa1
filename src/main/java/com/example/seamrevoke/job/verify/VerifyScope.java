package com.example.seamrevoke.job.verify;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.job.support.JobParameterNames;

/**
 * Which rows the verify step checks (docs/operations.md, "Offboarding a person, with
 * proof").
 */
enum VerifyScope {

	/** The default: rows of people, whose devices the job found itself. */
	PERSON_ROWS,
	/** --verify: pair rows too. */
	ALL_ROWS,
	/** --verify=false. */
	NOTHING;

	/** From the {@link JobParameterNames#VERIFY} job parameter. */
	public static VerifyScope of(@Nullable String verify) {
		if (verify == null) {
			return PERSON_ROWS;
		}
		return Boolean.parseBoolean(verify) ? ALL_ROWS : NOTHING;
	}

}
