package com.example.seamrevoke.audit.model;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.InputRoster;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.Verification;

/**
 * Builds the page in one pass over the instance's rows in report order, so a report of a
 * million rows never sits in memory: counts, failure groups and the timeline as it goes,
 * and for a people file one person per line (the first {@link #PEOPLE_SHOWN}).
 */
public final class PageBuilder {

	static final int PEOPLE_SHOWN = 5000;

	private final RunFacts facts;

	private final @Nullable InputRoster roster;

	private final Duration removalLimit;

	private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);

	private final Map<Verification, Long> verifications = new EnumMap<>(Verification.class);

	private final Map<PersonStatus, Long> people = new EnumMap<>(PersonStatus.class);

	private final FailureGroups failures = new FailureGroups();

	private final Timeline timeline = new Timeline();

	private final List<PersonView> persons = new ArrayList<>();

	private final Set<String> reportPeople = new HashSet<>();

	private final List<OutcomeRow> line = new ArrayList<>();

	private long lines;

	private long earlierRows;

	public PageBuilder(RunFacts facts, @Nullable InputRoster roster, Duration removalLimit) {
		this.facts = facts;
		this.roster = roster;
		this.removalLimit = removalLimit;
	}

	public void add(OutcomeRow row) {
		outcomes.merge(row.outcome(), 1L, Long::sum);
		if (row.verification() != null) {
			verifications.merge(row.verification(), 1L, Long::sum);
		}
		failures.add(row);
		if (row.jobExecutionId() == facts.jobExecutionId() && row.processedAt() != null) {
			timeline.row(row.processedAt());
		}
		else {
			earlierRows++;
		}
		if (line.isEmpty() || line.get(0).line() != row.line()) {
			endLine();
			lines++;
		}
		line.add(row);
	}

	private void endLine() {
		if (line.isEmpty() || !line.get(0).isPerson()) {
			line.clear();
			return;
		}
		OutcomeRow first = line.get(0);
		InputRoster.Cells cells = (roster != null) ? roster.byLine().get(first.line()) : null;
		PersonLine person = PersonLine.of(List.copyOf(line), (cells != null) ? cells.name() : "");
		people.merge(person.status(), 1L, Long::sum);
		if (person.status() != PersonStatus.NOT_A_PERSON) {
			reportPeople.add(first.personRef());
		}
		if (persons.size() < PEOPLE_SHOWN) {
			persons.add(PersonView.of(person, (cells != null) ? cells.leaveDate() : "", removalLimit));
		}
		line.clear();
	}

	public PageModel build(Evidence evidence) {
		endLine();
		boolean isPeople = !people.isEmpty();
		long personCount = people.values().stream().mapToLong(Long::longValue).sum();
		String headline = isPeople ? Headline.people(people, facts.dryRun())
				: Headline.pairs(outcomes, verifications, facts.dryRun());
		Verdict verdict = Verdict.of(facts.status(), outcomes, verifications, facts.stopReason());
		String more = (personCount > persons.size())
				? "and " + Headline.number(personCount - persons.size()) + " more: see the report" : "";
		String rerun = (outcomes.getOrDefault(Outcome.FAILED, 0L) > 0) ? evidence.rerunCommand() : "";
		Timeline.Drawing drawing = (lines > 0) ? timeline.draw(facts.start(), facts.end(), evidence.throttled()) : null;
		String timelineNote = (earlierRows > 0)
				? Headline.number(earlierRows)
						+ " rows got their outcome in an earlier execution of this job instance and are not drawn."
				: "";
		Population population = Population.of((roster != null) ? roster.rows() : null,
				(roster != null && isPeople) ? roster.people() : null, lines, reportPeople, evidence.inputNote());

		return new PageModel("Revocation run " + facts.jobExecutionId() + ": " + facts.input(), headline, verdict,
				isPeople, persons, more, (roster != null) ? roster.leaveDateColumn() : null,
				LeaveDates.describeLimit(removalLimit), persons.stream().filter(PersonView::late).count(),
				failures.groups(), Headline.rows(failures.total()), rerun, drawing, timelineNote, population,
				counts(outcomes), counts(verifications), facts(evidence));
	}

	private PageModel.Facts facts(Evidence evidence) {
		DateTimeFormatter utc = DateTimeFormatter.ISO_INSTANT;
		return new PageModel.Facts(facts.input(), String.valueOf(facts.inputSha256()), evidence.inputNote(),
				evidence.reportPath(), evidence.reportSha256(), facts.jobInstanceId(), facts.jobExecutionId(),
				evidence.earlierExecutions(), utc.format(facts.start().truncatedTo(ChronoUnit.MILLIS)),
				utc.format(facts.end().truncatedTo(ChronoUnit.MILLIS)),
				String.format(Locale.ROOT, "%.1f s", facts.duration().toMillis() / 1000.0), facts.status(),
				facts.mode(), facts.user(), facts.host(), facts.version(),
				utc.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
	}

	private static <K extends Enum<K>> List<PageModel.Count> counts(Map<K, Long> counts) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> new PageModel.Count(e.getKey().name(), Headline.number(e.getValue())))
			.toList();
	}

	/**
	 * What the page adds to the rows: the report's path and hash, the 429s recorded per
	 * second, the earlier executions, the rerun command, and why the input was not read.
	 */
	public record Evidence(String reportPath, String reportSha256, Map<Long, Long> throttled, String earlierExecutions,
			String rerunCommand, String inputNote) {
	}

}
