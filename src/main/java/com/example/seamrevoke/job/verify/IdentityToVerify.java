package com.example.seamrevoke.job.verify;

import java.util.List;

import com.example.seamrevoke.outcome.RevocationOutcome;

/**
 * A user identity to list again, with its rows to verify, as the reader loaded them: the
 * workers only call Seam. Public because the step-scoped reader's bean type names it, and
 * Spring AOT writes that bean definition outside this package.
 */
public record IdentityToVerify(String userIdentityId, List<RevocationOutcome> rows) {

}
