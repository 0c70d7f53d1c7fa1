package com.example.seamrevoke.job.verify;

import java.util.List;

import com.example.seamrevoke.outcome.RevocationOutcome;

/**
 * A user identity to list again, with its rows to verify, as the reader loaded them: the
 * workers only call Seam.
 */
public record IdentityToVerify(String userIdentityId, List<RevocationOutcome> rows) {

}
