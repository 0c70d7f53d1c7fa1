package com.example.seamrevoke.audit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.Outcome;

/**
 * The FAILED rows grouped by Seam's error type, with the request ids an operator sends to
 * Seam's support, and the INVALID rows, which were never sent. Keeps at most
 * {@link #SHOWN} lines and request ids per group, so a run of a million failures stays a
 * page; the report has them all.
 */
final class FailureGroups {

	static final int SHOWN = 50;

	private static final String INVALID = "invalid input row (not sent)";

	private final Map<String, Group> groups = new LinkedHashMap<>();

	void add(OutcomeRow row) {
		if (row.is(Outcome.FAILED)) {
			groups.computeIfAbsent(typeOf(row), Group::new).add(row);
		}
		else if (row.is(Outcome.INVALID)) {
			groups.computeIfAbsent(INVALID, Group::new).add(row);
		}
	}

	/** Seam's error type, else the HTTP status, else what the row says. */
	static String typeOf(OutcomeRow row) {
		if (row.errorType() != null && !row.errorType().isEmpty()) {
			return row.errorType();
		}
		return (row.httpStatus() != null) ? "HTTP " + row.httpStatus() : "no answer from Seam";
	}

	/** Largest group first. */
	List<Group> groups() {
		return groups.values().stream().sorted(Comparator.comparingLong(Group::count).reversed()).toList();
	}

	long total() {
		return groups.values().stream().mapToLong(Group::count).sum();
	}

	static final class Group {

		private final String type;

		private long count;

		private @Nullable String example;

		private final Set<Integer> statuses = new LinkedHashSet<>();

		private final List<Long> lines = new ArrayList<>();

		private final Set<String> requestIds = new LinkedHashSet<>();

		Group(String type) {
			this.type = type;
		}

		void add(OutcomeRow row) {
			count++;
			if (row.httpStatus() != null) {
				statuses.add(row.httpStatus());
			}
			if (example == null) {
				example = row.errorMessage();
			}
			if (lines.size() < SHOWN && (lines.isEmpty() || lines.get(lines.size() - 1) != row.line())) {
				lines.add(row.line());
			}
			if (requestIds.size() < SHOWN && row.seamRequestId() != null && !row.seamRequestId().isEmpty()) {
				requestIds.add(row.seamRequestId());
			}
		}

		String type() {
			return type;
		}

		long count() {
			return count;
		}

		String rows() {
			return Headline.rows(count);
		}

		/** Invalid rows were never sent: their message is the input's, not Seam's. */
		boolean fromSeam() {
			return !type.equals(INVALID);
		}

		String statuses() {
			return statuses.isEmpty() ? "none"
					: statuses.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
		}

		@Nullable String example() {
			return example;
		}

		List<Long> lines() {
			return lines;
		}

		List<String> requestIds() {
			return List.copyOf(requestIds);
		}

		/** Rows beyond the lines shown. */
		boolean more() {
			return count > lines.size();
		}

	}

}
