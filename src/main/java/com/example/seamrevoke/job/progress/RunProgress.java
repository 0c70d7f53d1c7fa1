package com.example.seamrevoke.job.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.stereotype.Component;

/**
 * Rows with an outcome so far, per outcome, as the outcome writer stores them: what the
 * progress line and log show. A resumed execution starts from the rows its instance
 * already has, so "done" never goes back.
 */
@Component
public class RunProgress {

	private final Map<Outcome, AtomicLong> counts = new EnumMap<>(Outcome.class);

	private final AtomicLong thisExecution = new AtomicLong();

	RunProgress() {
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, new AtomicLong());
		}
	}

	/** An execution starts from the rows its job instance already has. */
	void startFrom(OutcomeCounts already) {
		counts.forEach((outcome, count) -> count.set(already.of(outcome)));
		thisExecution.set(0);
	}

	public void written(List<? extends RevocationOutcome> chunk) {
		chunk.forEach(row -> counts.get(row.outcome()).incrementAndGet());
		thisExecution.addAndGet(chunk.size());
	}

	OutcomeCounts counts() {
		Map<Outcome, Long> now = new EnumMap<>(Outcome.class);
		counts.forEach((outcome, count) -> now.put(outcome, count.get()));
		return new OutcomeCounts(now);
	}

	/** Rows written by the running execution, for its rate. */
	public long thisExecution() {
		return thisExecution.get();
	}

}
