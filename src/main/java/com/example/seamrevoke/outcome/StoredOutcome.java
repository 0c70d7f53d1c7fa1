package com.example.seamrevoke.outcome;

import org.jspecify.annotations.Nullable;

/**
 * A row of the outcome table with what only the table holds beside the outcome: the
 * execution that wrote it, and the entrances its identity could still open when it was
 * verified.
 */
public record StoredOutcome(RevocationOutcome outcome, long jobExecutionId, @Nullable String acsEntrances) {

}
