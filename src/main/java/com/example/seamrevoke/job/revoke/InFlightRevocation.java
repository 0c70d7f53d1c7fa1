package com.example.seamrevoke.job.revoke;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.example.seamrevoke.outcome.RevocationOutcome;

/**
 * A row whose call was started ahead of its chunk: its outcome when the call ends, and
 * the reader position just after it, saved only once the row is handed to a chunk.
 */
record InFlightRevocation(long line, CompletableFuture<RevocationOutcome> outcome, Map<String, Object> positionAfter) {
}
