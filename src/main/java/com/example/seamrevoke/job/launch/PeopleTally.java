package com.example.seamrevoke.job.launch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.verify.VerificationDecider;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.NoSuchStepException;

/**
 * The people of a run and the verification of its rows, for the summary
 * (docs/offboarding.md): how each person ended, what was removed per kind, the slowest
 * settle. Streams the rows once; keeps the first {@link #MAX_DETAILS} people with access
 * remaining by name.
 */
public final class PeopleTally {

	static final int MAX_DETAILS = 20;

	enum Status {

		FULLY_OFFBOARDED, ACCESS_REMAINING, UNKNOWN, NOT_VERIFIED

	}

	private final Map<String, String> entrancesByIdentity;

	private final Map<Status, Integer> people = new EnumMap<>(Status.class);

	private final Map<Verification, Long> rows = new EnumMap<>(Verification.class);

	private final List<String> details = new ArrayList<>();

	private final List<RevocationOutcome> line = new ArrayList<>();

	private final Removals removals = new Removals();

	private PeopleTally(Map<String, String> entrancesByIdentity) {
		this.entrancesByIdentity = entrancesByIdentity;
	}

	public static PeopleTally of(OutcomeRepository outcomes, JobRepository jobRepository, JobExecution execution) {
		long jobInstanceId = execution.getJobInstanceId();
		if (!anyPersonOrVerifiedRow(jobRepository, execution)) {
			return new PeopleTally(Map.of());
		}
		PeopleTally tally = new PeopleTally(outcomes.acsEntrances(jobInstanceId));
		outcomes.forEachPersonOrVerifiedRow(jobInstanceId, tally::add);
		tally.endLine();
		return tally;
	}

	/**
	 * A pair file has no person's row, and only a verify step verifies: an instance of
	 * one that never ran it has nothing to tally, and its rows are not read again.
	 */
	private static boolean anyPersonOrVerifiedRow(JobRepository jobRepository, JobExecution execution) {
		boolean pairFile = execution.getExecutionContext().get(ExecutionContextKeys.PAIR_FILE, Boolean.class, false);
		try {
			return !pairFile || jobRepository.getStepExecutionCount(execution.getJobInstance(),
					VerificationDecider.STEP_NAME) > 0;
		}
		catch (NoSuchStepException ex) {
			// declared, never thrown by a counting repository: then read the rows
			return true;
		}
	}

	private void add(RevocationOutcome row) {
		if (row.verification() != null) {
			rows.merge(row.verification(), 1L, Long::sum);
		}
		if (!line.isEmpty() && line.get(0).line() != row.line()) {
			endLine();
		}
		if (row.isPerson()) {
			line.add(row);
			removals.add(row);
		}
	}

	private void endLine() {
		if (line.isEmpty()) {
			return;
		}
		RevocationOutcome first = line.get(0);
		if (first.outcome() != Outcome.INVALID && first.outcome() != Outcome.DUPLICATE
				&& first.outcome() != Outcome.DRY_RUN && first.outcome() != Outcome.PLANNED) {
			people.merge(status(), 1, Integer::sum);
			removals.person(line);
		}
		line.clear();
	}

	private Status status() {
		RevocationOutcome first = line.get(0);
		String entrances = entrancesByIdentity.get(first.userIdentityId());
		boolean entrancesLeft = entrances != null && !entrances.equals("0");
		if (first.target() == null && first.deviceId().isEmpty() && first.outcome() == Outcome.FAILED
				&& first.errorType() != null && first.errorType().endsWith("_not_found")) {
			detail(first, "unknown to Seam (" + first.errorType() + ")");
			return Status.UNKNOWN;
		}
		List<RevocationOutcome> left = line.stream()
			.filter(row -> row.verification() != Verification.VERIFIED)
			.toList();
		if (!left.isEmpty() && left.stream().allMatch(row -> row.verification() == null) && !entrancesLeft) {
			return Status.NOT_VERIFIED;
		}
		if (left.isEmpty() && !entrancesLeft) {
			return Status.FULLY_OFFBOARDED;
		}
		describe(first, left, entrances, entrancesLeft);
		return Status.ACCESS_REMAINING;
	}

	private void describe(RevocationOutcome person, List<RevocationOutcome> left, String entrances,
			boolean entrancesLeft) {
		detail(person, AccessLeft.describe(left, entrancesLeft ? entrances : null));
	}

	private void detail(RevocationOutcome person, String what) {
		if (details.size() >= MAX_DETAILS) {
			return;
		}
		String name = person.userIdentityKey() == null ? person.userIdentityId() : person.userIdentityId().isEmpty()
				? person.userIdentityKey() : person.userIdentityKey() + " (" + person.userIdentityId() + ")";
		details.add("  line " + person.line() + " " + name + ": " + what);
	}

	/** Rows STILL_ACCESSIBLE or NOT_VERIFIED: exit code 3. */
	public boolean anyVerificationNeedsAttention() {
		return rows.entrySet().stream().anyMatch(e -> e.getKey().needsAttention() && e.getValue() > 0);
	}

	public String render() {
		StringBuilder text = new StringBuilder();
		int total = people.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			String counts = "People: %d in the input: %d fully offboarded, %d with access remaining, %d unknown, "
					+ "%d not verified%n";
			text.append(String.format(Locale.ROOT, counts, total, count(Status.FULLY_OFFBOARDED),
					count(Status.ACCESS_REMAINING), count(Status.UNKNOWN), count(Status.NOT_VERIFIED)));
			details.forEach(detail -> text.append(detail).append(System.lineSeparator()));
			int listed = count(Status.ACCESS_REMAINING) + count(Status.UNKNOWN);
			if (listed > details.size()) {
				text.append("  ... and ")
					.append(listed - details.size())
					.append(" more: see the report")
					.append(System.lineSeparator());
			}
		}
		if (removals.removedByKind().values().stream().anyMatch(n -> n > 0)) {
			text.append("Removed: ").append(counts(removals.removedByKind())).append(System.lineSeparator());
		}
		if (removals.plannedByKind().values().stream().anyMatch(n -> n > 0)) {
			text.append("Planned (preview, nothing removed): ")
				.append(counts(removals.plannedByKind()))
				.append(System.lineSeparator());
		}
		if (removals.settleTimes() != null) {
			text.append("Settled (last removal to proof): ").append(removals.settleTimes());
			if (removals.slowestSettle() != null && removals.slowestPerson() != null) {
				text.append(String.format(Locale.ROOT, "; the slowest person in %.1f s (line %d)",
						removals.slowestSettle().toMillis() / 1000.0, removals.slowestPerson().line()));
			}
			text.append(System.lineSeparator());
		}
		if (!rows.isEmpty()) {
			text.append("Verification: ")
				.append(rows.entrySet()
					.stream()
					.map(e -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", ")))
				.append(System.lineSeparator());
		}
		return text.toString();
	}

	/** For --summary-json (docs/offboarding.md, "Monitoring"). */
	public PeopleSummary summary() {
		int total = people.values().stream().mapToInt(Integer::intValue).sum();
		return new PeopleSummary(total, count(Status.FULLY_OFFBOARDED), count(Status.ACCESS_REMAINING),
				count(Status.UNKNOWN), count(Status.NOT_VERIFIED), removals.removedByKind(), removals.plannedByKind(),
				removals.slowestSettle() == null ? null : removals.slowestSettle().toMillis() / 1000.0);
	}

	private static String counts(Map<String, Long> byKind) {
		return byKind.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", "));
	}

	int count(Status status) {
		return people.getOrDefault(status, 0);
	}

}
