package com.example.seamrevoke.audit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.outcome.Outcome;

/**
 * One person of a people file, from the rows of their input line: their status by the
 * same rules as the run's summary (docs/audit-page.md, "What it shows"), what was
 * removed, and what remains with why.
 */
record PersonLine(long line, String name, String key, PersonStatus status, String detail, List<String> removed,
		List<Remaining> remains, @Nullable Instant confirmedRemoval) {

	static PersonLine of(List<OutcomeRow> rows, String name) {
		OutcomeRow first = rows.get(0);
		String key = (first.userIdentityKey() == null) ? first.userIdentityId() : first.userIdentityId().isEmpty()
				? first.userIdentityKey() : first.userIdentityKey() + " (" + first.userIdentityId() + ")";
		List<String> removed = rows.stream()
			.filter(row -> row.is(Outcome.REVOKED) || row.is(Outcome.ALREADY_GONE))
			.map(OutcomeRow::removed)
			.toList();
		if (first.is(Outcome.NOTHING_TO_REVOKE)) {
			removed = List.of("nothing: Seam listed no access grant, access-control user or device for the person");
		}
		String entrances = rows.stream()
			.map(OutcomeRow::acsEntrances)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		boolean entrancesLeft = entrances != null && !entrances.equals("0");
		List<OutcomeRow> left = rows.stream().filter(row -> !row.verified()).toList();
		PersonStatus status = status(first, left, entrancesLeft);
		List<Remaining> remains = new ArrayList<>();
		if (status != PersonStatus.UNKNOWN && status != PersonStatus.NOT_A_PERSON) {
			left.forEach(row -> remains.add(Remaining.of(row)));
		}
		if (entrancesLeft) {
			remains.add(new Remaining("access-control entrances " + entrances,
					"Seam still lists them after the settling window: the access system has not applied the removal"));
		}
		Instant confirmed = (status == PersonStatus.REMOVED_VERIFIED) ? rows.stream()
			.map(OutcomeRow::confirmed)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null) : null;
		return new PersonLine(first.line(), name, key, status, detail(first, status), removed, remains, confirmed);
	}

	private static PersonStatus status(OutcomeRow first, List<OutcomeRow> left, boolean entrancesLeft) {
		if (first.is(Outcome.INVALID) || first.is(Outcome.DUPLICATE) || first.is(Outcome.DRY_RUN)) {
			return PersonStatus.NOT_A_PERSON;
		}
		if (first.deviceId().isEmpty() && first.is(Outcome.FAILED) && first.errorType() != null
				&& first.errorType().endsWith("_not_found")) {
			return PersonStatus.UNKNOWN;
		}
		if (left.isEmpty() && !entrancesLeft) {
			return PersonStatus.REMOVED_VERIFIED;
		}
		if (entrancesLeft || left.stream().anyMatch(row -> row.verification() != null)) {
			return PersonStatus.ACCESS_REMAINS;
		}
		if (left.stream().anyMatch(row -> row.is(Outcome.FAILED))) {
			return PersonStatus.FAILED;
		}
		return left.stream().anyMatch(row -> row.is(Outcome.PENDING)) ? PersonStatus.PENDING
				: PersonStatus.NOT_VERIFIED;
	}

	/** What Seam or the input said, for a line that names no one or no one Seam knows. */
	private static String detail(OutcomeRow first, PersonStatus status) {
		if (status != PersonStatus.NOT_A_PERSON && status != PersonStatus.UNKNOWN) {
			return "";
		}
		String type = (status == PersonStatus.UNKNOWN) ? "Seam: " + first.errorType() : first.outcome().name();
		return type + (first.errorMessage() != null ? ": " + first.errorMessage() : "");
	}

}
