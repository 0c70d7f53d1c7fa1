package com.example.seamrevoke.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when PostgreSQL is reachable, and otherwise skips it with the
 * reason (shown in the build output), never silently. {@code .ci/run} starts PostgreSQL
 * and sets {@code REVOKE_TEST_POSTGRES_REQUIRED=true}: then an unreachable server fails
 * the build instead.
 */
public class RequiresPostgres implements ExecutionCondition {

	private static final String REQUIRED = "REVOKE_TEST_POSTGRES_REQUIRED";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String reason = PostgresDatabase.unavailableReason();
		if (reason == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + PostgresDatabase.SERVER);
		}
		if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
			throw new IllegalStateException(reason + ", and " + REQUIRED + " is set");
		}
		String skipped = "Skipped " + context.getDisplayName() + ": " + reason
				+ ". Start PostgreSQL (CONTRIBUTING.md, \"PostgreSQL for tests\") to run the PostgreSQL variants.";
		System.err.println("[WARNING] " + skipped);
		return ConditionEvaluationResult.disabled(skipped);
	}

}
