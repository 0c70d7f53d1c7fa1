package com.example.seamrevoke.audit.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.JobKeys;
import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.job.support.ExecutionContextKeys;
import com.example.seamrevoke.job.support.JobParameterNames;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeCounts;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.safety.SafeText;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The runs recorded in the job repository, newest execution first (docs/audit-page.md,
 * "History"): what ran on which input, how it ended, and where its report and page went.
 */
@Component
public class RunHistory {

	private final JdbcClient jdbc;

	private final JobRepository jobRepository;

	private final OutcomeRepository outcomes;

	RunHistory(JdbcClient jdbc, JobRepository jobRepository, OutcomeRepository outcomes) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.outcomes = outcomes;
	}

	public List<PastRun> newestFirst(int limit) {
		List<Long> ids = jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")
			.withMaxRows(limit)
			.query(Long.class)
			.list();
		List<PastRun> runs = new ArrayList<>();
		for (long id : ids) {
			runs.add(pastRun(jobRepository.getJobExecution(id)));
		}
		return runs;
	}

	private PastRun pastRun(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		String file = parameters.getString(JobParameterNames.INPUT_FILE);
		Long rerunInstance = parameters.getLong(JobParameterNames.RERUN_INSTANCE);
		String input = (file != null) ? file : "FAILED rows of job instance " + rerunInstance;
		OutcomeCounts counts = outcomes.count(execution.getJobInstanceId());
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			if (counts.of(outcome) > 0) {
				byOutcome.put(outcome.name(), counts.of(outcome));
			}
		}
		ExecutionContext context = execution.getExecutionContext();
		String report = text(context, ExecutionContextKeys.REPORT_WRITTEN);
		return new PastRun(execution.getId(), execution.getJobInstanceId(), clean(input),
				parameters.getString(JobParameterNames.INPUT_SHA256), RunFacts.utc(execution.getStartTime()),
				RunFacts.utc(execution.getEndTime()), execution.getStatus().name(), byOutcome, counts.total(), report,
				text(context, JobKeys.REPORT_SHA256), text(context, JobKeys.PAGE_WRITTEN));
	}

	private static @Nullable String text(ExecutionContext context, String key) {
		String value = context.getString(key, null);
		return (value != null) ? clean(value) : null;
	}

	/** Paths come from the file system: no control characters reach the terminal. */
	private static String clean(String text) {
		return String.valueOf(SafeText.clean(text, SafeText.LINE));
	}

	static String fileName(String path) {
		Path name = Path.of(path).getFileName();
		return (name != null) ? name.toString() : path;
	}

}
