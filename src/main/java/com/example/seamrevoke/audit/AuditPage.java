package com.example.seamrevoke.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.model.PageBuilder;
import com.example.seamrevoke.audit.model.PageModel;
import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.input.InputCheck;
import com.example.seamrevoke.seam.SeamCallCounts;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the audit page beside a report (docs/audit-page.md): the report's path with
 * {@code .html} for {@code .csv}, owner-only like the report, moved into place whole. It
 * records in the job execution's context what the history lists and a later page draws:
 * the page's path, the report's SHA-256, the 429s per second, who ran it where. A page
 * that cannot be written is logged and leaves the run's outcome alone: the report is the
 * export of record.
 */
@Component
public class AuditPage {

	private static final Log logger = LogFactory.getLog(AuditPage.class);

	private final PageRenderer renderer;

	private final JobRepository jobRepository;

	private final SeamCallCounts callCounts;

	private final AuditProperties properties;

	private final String version;

	private LongFunction<String> rerunCommand = id -> "java -jar seam-revoke-batch.jar --rerun-failed=" + id;

	private InputRead.@Nullable Checked checked;

	AuditPage(PageRenderer renderer, JobRepository jobRepository, SeamCallCounts callCounts, AuditProperties properties,
			@Value("${revoke.version:dev}") String version) {
		this.renderer = renderer;
		this.jobRepository = jobRepository;
		this.callCounts = callCounts;
		this.properties = properties;
		this.version = version;
	}

	/**
	 * The command the page tells an operator to rerun the FAILED rows of an execution
	 * with.
	 */
	public void rerunCommand(LongFunction<String> forExecution) {
		this.rerunCommand = forExecution;
	}

	/**
	 * The input as the coming run's whole-file check read it, with the SHA-256 of its
	 * identity: that run's page counts a pair file's rows and people from it.
	 */
	public void inputChecked(InputCheck check, String sha256) {
		this.checked = new InputRead.Checked(check, sha256);
	}

	public static Path pathFor(Path report) {
		String name = report.getFileName().toString();
		String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		return report.resolveSibling(base + ".html");
	}

	/**
	 * Starts the page of {@code execution}: its facts and input now, its rows as the
	 * report's read hands them over. Never throws: a failure is kept for {@link #write}.
	 */
	public PageDraft draft(JobExecution execution) {
		try {
			RunFacts facts = RunFacts.of(execution, version);
			InputRead input = InputRead.of(facts, checked);
			return PageDraft.of(new PageDraft.Start(facts, input,
					new PageBuilder(facts, input.roster(), properties.removalLimit())));
		}
		catch (IOException | RuntimeException ex) {
			return PageDraft.failed(ex);
		}
	}

	/**
	 * Writes the page of {@code execution}, its rows in {@code draft}, beside
	 * {@code report}; null when it could not.
	 */
	public @Nullable Path write(JobExecution execution, Path report, PageDraft draft) {
		Path page = pathFor(report);
		try {
			PageDraft.Start start = draft.started();
			RunFacts facts = start.facts();
			Map<Long, Long> throttled = callCounts.throttledPerSecond();
			String reportSha256 = Sha256.of(report);
			ExecutionContext context = execution.getExecutionContext();
			context.putString(JobKeys.REPORT_SHA256, reportSha256);
			context.putString(JobKeys.THROTTLED, encode(throttled));
			context.putString(JobKeys.USER, facts.user());
			context.putString(JobKeys.HOST, facts.host());
			context.putString(JobKeys.VERSION, version);
			PageModel model = start.builder()
				.build(new PageBuilder.Evidence(report.toString(), reportSha256, throttled,
						earlierExecutions(execution), rerunCommand.apply(execution.getId()), start.input().note()));
			PageFile.write(page, renderer.render(model));
			context.putString(JobKeys.PAGE_WRITTEN, page.toString());
			return page;
		}
		catch (IOException | RuntimeException ex) {
			// a full disk is not a bug: one line, the trace only when debugging
			logger.warn("cannot write the audit page " + page + ": " + ex.getMessage());
			logger.debug("the audit page failed", ex);
			return null;
		}
		finally {
			keep(execution);
		}
	}

	/** Their ids only: finding them, not their steps and contexts. */
	private String earlierExecutions(JobExecution execution) {
		String earlier = jobRepository.findJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.filter(id -> id != execution.getId())
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return earlier.isEmpty() ? "none" : earlier;
	}

	/**
	 * The facts recorded for the history; a database that fails here fails the run's next
	 * query anyway.
	 */
	private void keep(JobExecution execution) {
		try {
			jobRepository.updateExecutionContext(execution);
		}
		catch (RuntimeException ex) {
			logger.warn("cannot record the report and page of execution " + execution.getId() + ": " + ex.getMessage());
		}
	}

	static String encode(Map<Long, Long> perSecond) {
		return perSecond.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
	}

}
