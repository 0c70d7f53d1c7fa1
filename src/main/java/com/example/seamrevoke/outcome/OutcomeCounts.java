package com.example.seamrevoke.outcome;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows per outcome for one job instance. */
public record OutcomeCounts(Map<Outcome, Long> byOutcome) {

	public OutcomeCounts {
		EnumMap<Outcome, Long> all = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			all.put(outcome, byOutcome.getOrDefault(outcome, 0L));
		}
		byOutcome = all;
	}

	public long of(Outcome outcome) {
		return byOutcome.get(outcome);
	}

	public long total() {
		return byOutcome.values().stream().mapToLong(Long::longValue).sum();
	}

	public boolean anyNeedsAttention() {
		return byOutcome.entrySet().stream().anyMatch(e -> e.getKey().needsAttention() && e.getValue() > 0);
	}

	@Override
	public String toString() {
		return byOutcome.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", "));
	}
}
