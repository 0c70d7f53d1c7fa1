package com.example.seamrevoke.audit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * The page's first line, in words: "12 of 14 people have no access left; 1 still has
 * access; 1 unknown" or "4,980 of 5,000 pairs revoked; 20 failed".
 */
public final class Headline {

	private Headline() {
	}

	static String people(Map<PersonStatus, Long> people, boolean dryRun) {
		long total = people.entrySet()
			.stream()
			.filter(e -> e.getKey() != PersonStatus.NOT_A_PERSON)
			.mapToLong(Map.Entry::getValue)
			.sum();
		if (dryRun) {
			long checked = people.values().stream().mapToLong(Long::longValue).sum();
			return number(checked) + (checked == 1 ? " person" : " people") + " checked in a dry run: nothing was sent";
		}
		List<String> parts = new ArrayList<>();
		parts.add(number(count(people, PersonStatus.REMOVED_VERIFIED)) + " of " + number(total) + " "
				+ (total == 1 ? "person has" : "people have") + " no access left");
		long remains = count(people, PersonStatus.ACCESS_REMAINS);
		add(parts, remains, remains == 1 ? "still has access" : "still have access");
		add(parts, count(people, PersonStatus.UNKNOWN), "unknown");
		add(parts, count(people, PersonStatus.FAILED), "failed");
		add(parts, count(people, PersonStatus.PENDING), "not finished");
		add(parts, count(people, PersonStatus.NOT_VERIFIED), "not verified");
		return String.join("; ", parts);
	}

	static String pairs(Map<Outcome, Long> outcomes, Map<Verification, Long> verifications, boolean dryRun) {
		long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
		List<String> parts = new ArrayList<>();
		if (dryRun) {
			parts.add(number(outcomes.getOrDefault(Outcome.DRY_RUN, 0L)) + " of " + number(total)
					+ " pairs checked in a dry run: nothing was sent");
		}
		else {
			parts.add(number(outcomes.getOrDefault(Outcome.REVOKED, 0L)) + " of " + number(total) + " pairs revoked");
		}
		add(parts, outcomes.getOrDefault(Outcome.FAILED, 0L), "failed");
		add(parts, outcomes.getOrDefault(Outcome.INVALID, 0L), "invalid");
		add(parts, outcomes.getOrDefault(Outcome.DUPLICATE, 0L), "duplicate");
		add(parts, outcomes.getOrDefault(Outcome.PENDING, 0L), "not revoked yet");
		add(parts, verifications.getOrDefault(Verification.VERIFIED, 0L), "verified gone");
		add(parts, verifications.getOrDefault(Verification.STILL_ACCESSIBLE, 0L), "still accessible");
		add(parts, verifications.getOrDefault(Verification.NOT_VERIFIED, 0L), "not verified");
		return String.join("; ", parts);
	}

	private static long count(Map<PersonStatus, Long> people, PersonStatus status) {
		return people.getOrDefault(status, 0L);
	}

	private static void add(List<String> parts, long count, String what) {
		if (count > 0) {
			parts.add(number(count) + " " + what);
		}
	}

	/** {@code 1 row}, {@code 4,980 rows}. */
	static String rows(long count) {
		return number(count) + (count == 1 ? " row" : " rows");
	}

	/** {@code 4,980}: a page is read, not parsed. */
	public static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
