package com.example.seamrevoke.audit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether the report accounts for the whole input: its rows (by line) and its people,
 * counted in the input and in the report, and the difference named when they differ.
 */
record Population(String inputRows, String reportRows, String inputPeople, String reportPeople, boolean complete,
		String verdict, List<String> missingPeople) {

	static final int SHOWN = 20;

	/**
	 * The input counted against the report.
	 * @param inputRows rows the job reads from the input, null when it cannot be read
	 * @param inputPeople people the input names, null when not a people file or unread
	 * @param reportLines distinct lines in the report
	 * @param reportPeople people in the report
	 */
	static Population of(@Nullable Long inputRows, @Nullable Set<String> inputPeople, long reportLines,
			Set<String> reportPeople, String unreadWhy) {
		if (inputRows == null) {
			return new Population("not read", Headline.number(reportLines), "not read",
					Headline.number(reportPeople.size()), false, unreadWhy, List.of());
		}
		Set<String> missing = new HashSet<>(inputPeople != null ? inputPeople : Set.of());
		missing.removeAll(reportPeople);
		boolean rowsEqual = inputRows == reportLines;
		boolean complete = rowsEqual && missing.isEmpty();
		String verdict;
		if (complete) {
			verdict = (inputPeople != null) ? "Every row and every person of the input is accounted for in the report."
					: "Every row of the input is accounted for in the report.";
		}
		else if (!rowsEqual) {
			verdict = (inputRows > reportLines)
					? Headline.rows(inputRows - reportLines) + " of the input "
							+ (inputRows - reportLines == 1 ? "has" : "have")
							+ " no outcome yet: the run did not reach them (the same command resumes)."
					: "The report has " + Headline.rows(reportLines - inputRows) + " more than the input.";
		}
		else {
			verdict = missing.size() + " people of the input have no row in the report:";
		}
		return new Population(Headline.number(inputRows), Headline.number(reportLines),
				(inputPeople != null) ? Headline.number(inputPeople.size()) : "not a people file",
				(inputPeople != null) ? Headline.number(reportPeople.size()) : "-", complete, verdict,
				missing.stream().sorted().limit(SHOWN).toList());
	}

}
