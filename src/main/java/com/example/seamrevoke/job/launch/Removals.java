package com.example.seamrevoke.job.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * What a run removed per kind (REVOKED or ALREADY_GONE), what a preview planned, and how
 * long each person took to settle: from their last removal Seam accepted to the
 * verification that proved them offboarded (docs/offboarding.md).
 */
final class Removals {

	private final Map<TargetKind, Long> removed = new EnumMap<>(TargetKind.class);

	private final Map<TargetKind, Long> planned = new EnumMap<>(TargetKind.class);

	private @Nullable Duration slowestSettle;

	private @Nullable RevocationOutcome slowestPerson;

	/** "line 2 0.3 s" for the first {@link PeopleTally#MAX_DETAILS} people proven. */
	private final List<String> settled = new java.util.ArrayList<>();

	private int settledPeople;

	void add(RevocationOutcome row) {
		if (row.target() == null) {
			return;
		}
		if (row.outcome() == Outcome.REVOKED || row.outcome() == Outcome.ALREADY_GONE) {
			removed.merge(row.target().kind(), 1L, Long::sum);
		}
		else if (row.outcome() == Outcome.PLANNED) {
			planned.merge(row.target().kind(), 1L, Long::sum);
		}
	}

	/** A person's rows, once all are seen. */
	void person(List<RevocationOutcome> rows) {
		Instant lastRequested = rows.stream()
			.map(RevocationOutcome::requestedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		Instant verified = rows.stream()
			.map(RevocationOutcome::verifiedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		if (lastRequested == null || verified == null || verified.isBefore(lastRequested)) {
			return;
		}
		if (!rows.stream().allMatch(row -> row.verification() == Verification.VERIFIED)) {
			// still accessible, or not verified: never settled, so no settle time at all
			return;
		}
		Duration settle = Duration.between(lastRequested, verified);
		settledPeople++;
		if (settled.size() < PeopleTally.MAX_DETAILS) {
			settled.add(String.format(Locale.ROOT, "line %d %.1f s", rows.get(0).line(), settle.toMillis() / 1000.0));
		}
		if (slowestSettle == null || settle.compareTo(slowestSettle) > 0) {
			slowestSettle = settle;
			slowestPerson = rows.get(0);
		}
	}

	/** How long each proven person took from their last removal to the proof. */
	@Nullable String settleTimes() {
		if (settled.isEmpty()) {
			return null;
		}
		String more = settledPeople > settled.size() ? ", ... and " + (settledPeople - settled.size()) + " more" : "";
		return String.join(", ", settled) + more;
	}

	Map<String, Long> removedByKind() {
		return byName(removed);
	}

	Map<String, Long> plannedByKind() {
		return byName(planned);
	}

	@Nullable Duration slowestSettle() {
		return slowestSettle;
	}

	@Nullable RevocationOutcome slowestPerson() {
		return slowestPerson;
	}

	/** Every kind a person can lose, zero when none was removed. */
	private static Map<String, Long> byName(Map<TargetKind, Long> counts) {
		Map<String, Long> byName = new java.util.LinkedHashMap<>();
		for (TargetKind kind : List.of(TargetKind.ACCESS_GRANT, TargetKind.ACS_USER, TargetKind.DEVICE,
				TargetKind.CLIENT_SESSION)) {
			byName.put(kind.name(), counts.getOrDefault(kind, 0L));
		}
		return byName;
	}

}
