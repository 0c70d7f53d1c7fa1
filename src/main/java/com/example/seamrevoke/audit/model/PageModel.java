package com.example.seamrevoke.audit.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the page template shows, computed; the template only places and escapes it.
 */
public record PageModel(String title, String headline, Verdict verdict, boolean people, List<PersonView> persons,
		String personsMore, @Nullable String leaveDateColumn, String removalLimit, long late,
		List<FailureGroups.Group> failures, String failureTotal, String rerunCommand,
		Timeline.@Nullable Drawing timeline, String timelineNote, Population population, List<Count> outcomes,
		List<Count> verifications, Facts facts) {

	boolean anyLate() {
		return late > 0;
	}

	boolean anyFailures() {
		return !failures.isEmpty();
	}

	boolean anyVerifications() {
		return !verifications.isEmpty();
	}

	record Count(String name, String value) {
	}

	/** The facts section, as text. */
	record Facts(String input, String inputSha256, String inputNote, String reportPath, String reportSha256,
			long jobInstanceId, long jobExecutionId, String earlierExecutions, String start, String end,
			String duration, String status, String mode, String user, String host, String version, String generated) {
	}

}
