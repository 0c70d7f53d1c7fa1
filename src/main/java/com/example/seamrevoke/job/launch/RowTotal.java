package com.example.seamrevoke.job.launch;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.InputCheck;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * How many rows a run will give an outcome to, for the progress line's percentage and
 * ETA: the rows the whole-file check counted (for a report as input, its FAILED rows), or
 * the FAILED rows of the execution a rerun reads; unknown for a people file.
 */
final class RowTotal {

	private RowTotal() {
	}

	static @Nullable Long of(RunRequest request, @Nullable InputCheck check, OutcomeRepository outcomes,
			JobRepository jobRepository) {
		if (check != null) {
			// a person becomes as many rows as they have devices: not known
			// before expanding
			return check.layout().isPeople() ? null : check.rows();
		}
		JobExecution source = jobRepository.getJobExecution(request.rerunFailed());
		return (source != null) ? outcomes.count(source.getJobInstanceId()).of(Outcome.FAILED) : null;
	}

}
