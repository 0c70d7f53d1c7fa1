package com.example.seamrevoke.audit.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A person as the page lists them: their line, with the time from their leave date (when
 * the input has one) to the confirmed removal, flagged beyond the agreed limit.
 */
record PersonView(PersonLine person, String leaveDate, String timeToRemoval, boolean late) {

	static PersonView of(PersonLine person, String leaveDateCell, Duration limit) {
		if (leaveDateCell.isEmpty()) {
			return new PersonView(person, "", "", false);
		}
		Instant leave = LeaveDates.parse(leaveDateCell);
		if (leave == null) {
			return new PersonView(person, leaveDateCell, "date not read", false);
		}
		Instant removed = person.confirmedRemoval();
		if (removed == null) {
			boolean shouldBeGone = person.status() != PersonStatus.NOT_A_PERSON;
			return new PersonView(person, leaveDateCell, "removal not confirmed", shouldBeGone);
		}
		Duration taken = Duration.between(leave, removed);
		return new PersonView(person, leaveDateCell, LeaveDates.describe(taken), taken.compareTo(limit) > 0);
	}

	boolean anyRemoved() {
		return !person.removed().isEmpty();
	}

	boolean anyRemains() {
		return !person.remains().isEmpty();
	}

	String statusStyle() {
		return person.status().style();
	}

	String status() {
		return person.status().label();
	}

}
