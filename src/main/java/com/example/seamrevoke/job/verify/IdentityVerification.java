package com.example.seamrevoke.job.verify;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.RevocationOutcome;

/**
 * One user identity checked after its revokes: its rows with their verification, the rows
 * of devices found for a person beyond their expansion, and the access-control entrances
 * it can still open ({@code null} when not asked).
 */
record IdentityVerification(List<RevocationOutcome> rows, List<RevocationOutcome> found,
		@Nullable String acsEntrances) {

}
