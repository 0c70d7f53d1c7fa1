package com.example.seamrevoke.testsupport;

import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

/** The outcome rows of a job instance, in line order, as the report exports them. */
public final class OutcomeRows {

	private OutcomeRows() {
	}

	public static List<RevocationOutcome> of(OutcomeRepository outcomes, long jobInstanceId) {
		List<RevocationOutcome> rows = new ArrayList<>();
		outcomes.forEachByLine(jobInstanceId, rows::add);
		return rows;
	}

}
