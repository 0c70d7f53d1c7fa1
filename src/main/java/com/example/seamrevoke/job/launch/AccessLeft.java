package com.example.seamrevoke.job.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.outcome.RevocationOutcome;

/**
 * What a person can still open, as the summary names it: each row without proof (a device
 * by its id, anything else by its kind and Seam's name of it) and the entrances still
 * listed.
 */
final class AccessLeft {

	private AccessLeft() {
	}

	static String describe(List<RevocationOutcome> left, @Nullable String entrances) {
		List<String> what = new ArrayList<>();
		if (!left.isEmpty()) {
			what.add(left.stream()
				.map(row -> named(row) + " " + (row.verification() == null ? row.outcome() : row.verification()))
				.collect(Collectors.joining(", ")));
		}
		if (entrances != null) {
			what.add("access-control entrances " + entrances);
		}
		return String.join("; ", what);
	}

	static String named(RevocationOutcome row) {
		Target target = row.target();
		if (target == null) {
			return row.deviceId().isEmpty() ? "devices" : row.deviceId();
		}
		String name = target.name() == null ? target.id() : target.name();
		return switch (target.kind()) {
			case DEVICE -> target.id();
			case ACCESS_GRANT -> "access grant '" + name + "'";
			case ACS_USER -> "access-control user '" + name + "'";
			case ACS_ENTRANCE -> "entrance '" + name + "'";
			case CLIENT_SESSION -> "client session " + target.id();
		};
	}

}
