package com.example.seamrevoke.audit.model;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.InputRoster;
import com.example.seamrevoke.outcome.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The page's numbers against the report they describe: the golden reports of the
 * sandbox's samples, read back as the table's rows.
 */
public class PageBuilderTests {

	public static final Instant START = Instant.parse("2026-11-29T02:15:00Z");

	public static final Instant AT = START.plusSeconds(3);

	@Nested
	class PeopleFile {

		private final List<OutcomeRow> rows = golden("leavers", Map.of(12L, "1: Annex side door"));

		@Test
		void headlineAndStatusesShouldBeTheSummarysPeople() {
			PageModel page = build(rows, null, "COMPLETED", "");

			// the run's summary says: 11 in the input: 9 fully offboarded, 1 with access
			// remaining, 1 unknown, 0 not verified
			assertThat(page.headline()).isEqualTo("9 of 11 people have no access left; 1 still has access; 1 unknown");
			assertThat(page.persons()).extracting(view -> view.person().line(), view -> view.person().status())
				.containsExactly(tuple(2L, PersonStatus.REMOVED_VERIFIED), tuple(3L, PersonStatus.REMOVED_VERIFIED),
						tuple(4L, PersonStatus.REMOVED_VERIFIED), tuple(5L, PersonStatus.REMOVED_VERIFIED),
						tuple(6L, PersonStatus.REMOVED_VERIFIED), tuple(7L, PersonStatus.UNKNOWN),
						tuple(8L, PersonStatus.REMOVED_VERIFIED), tuple(9L, PersonStatus.REMOVED_VERIFIED),
						tuple(10L, PersonStatus.REMOVED_VERIFIED), tuple(11L, PersonStatus.REMOVED_VERIFIED),
						tuple(12L, PersonStatus.ACCESS_REMAINS));
			assertThat(page.verdict().exitCode()).isEqualTo(3);
		}

		@Test
		void whatWasRemovedShouldNameEveryRoadAndWhatRemainsTheBadgeAndEntrance() {
			PageModel page = build(rows, null, "COMPLETED", "");

			PersonLine devon = page.persons().get(3).person();
			assertThat(devon.removed()).hasSize(4)
				.anySatisfy((removed) -> assertThat(removed).startsWith("access grant Parking"))
				.anySatisfy((removed) -> assertThat(removed).startsWith("acs user Badge 1004"));
			assertThat(devon.remains()).isEmpty();
			PersonLine stuck = page.persons().get(10).person();
			assertThat(stuck.remains()).extracting(Remaining::what)
				.containsExactly("acs user Badge 1010 (5eedacc0-0000-4000-a000-000000001010)",
						"access-control entrances 1: Annex side door");
		}

		@Test
		void countsShouldBeTheReportsRowsByOutcome() {
			PageModel page = build(rows, null, "COMPLETED", "");

			assertThat(page.outcomes()).extracting(PageModel.Count::name, PageModel.Count::value)
				.containsExactly(tuple("REVOKED", "17"), tuple("FAILED", "1"), tuple("NOTHING_TO_REVOKE", "1"),
						tuple("ALREADY_GONE", "3"));
			assertThat(page.verifications()).extracting(PageModel.Count::name, PageModel.Count::value)
				.containsExactly(tuple("VERIFIED", "20"), tuple("STILL_ACCESSIBLE", "1"));
			assertThat(page.failures()).extracting(FailureGroups.Group::type, FailureGroups.Group::count)
				.containsExactly(tuple("user_identity_not_found", 1L));
			assertThat(page.failures().get(0).requestIds()).containsExactly("request-7");
		}

		@Test
		void populationShouldCompareTheInputsRowsAndPeopleWithTheReports() {
			Set<String> people = Set.of("key:emp-1001", "key:emp-1002", "key:emp-1003", "key:emp-1004", "key:emp-1005",
					"key:emp-9999", "key:emp-1006", "key:emp-1007", "key:emp-1008", "key:emp-1009", "key:emp-1010");
			InputRoster roster = new InputRoster(11, people, null, null, Map.of());

			Population population = build(rows, roster, "COMPLETED", "").population();

			assertThat(population.inputRows()).isEqualTo("11");
			assertThat(population.reportRows()).isEqualTo("11");
			assertThat(population.inputPeople()).isEqualTo("11");
			assertThat(population.reportPeople()).isEqualTo("11");
			assertThat(population.complete()).isTrue();
		}

		@Test
		void aPersonOfTheInputWithoutARowShouldBeNamed() {
			InputRoster roster = new InputRoster(12, Set.of("key:emp-1001", "key:emp-4242"), null, null, Map.of());

			Population population = build(rows, roster, "STOPPED", "stopped on request").population();

			assertThat(population.complete()).isFalse();
			assertThat(population.verdict()).startsWith("1 row of the input has no outcome yet");
			assertThat(population.missingPeople()).containsExactly("key:emp-4242");
		}

		@Test
		void leaveDatesShouldFlagRemovalsBeyondTheLimit() {
			InputRoster roster = new InputRoster(11, Set.of(), null, "Last Day",
					Map.of(2L, new InputRoster.Cells("Avery", "2026-11-28"), 3L,
							new InputRoster.Cells("Blake", "2026-11-26"), 5L,
							new InputRoster.Cells("Devon", "2026-11-28")));

			PageModel page = build(rows, roster, "COMPLETED", "");

			// removal confirmed 2026-11-29T02:15:03Z: 26 h after the 28th, 74 h after the
			// 26th
			assertThat(page.persons()).extracting(PersonView::leaveDate, PersonView::timeToRemoval, PersonView::late)
				.startsWith(tuple("2026-11-28", "1 d 2 h 15 min", true), tuple("2026-11-26", "3 d 2 h 15 min", true),
						tuple("", "", false), tuple("2026-11-28", "1 d 2 h 15 min", true));
			assertThat(page.late()).isEqualTo(3);
			assertThat(page.persons().get(0).person().name()).isEqualTo("Avery");
		}

	}

	@Nested
	class PairFile {

		private final List<OutcomeRow> rows = golden("offboarding", Map.of());

		@Test
		void headlineShouldCountPairsAsTheReportDoes() {
			PageModel page = build(rows, null, "COMPLETED", "");

			assertThat(page.headline()).isEqualTo("46 of 50 pairs revoked; 2 failed; 1 invalid; 1 duplicate");
			assertThat(page.people()).isFalse();
			assertThat(page.failures()).extracting(FailureGroups.Group::type, FailureGroups.Group::count)
				.containsExactlyInAnyOrder(tuple("device_not_found", 1L), tuple("user_identity_not_found", 1L),
						tuple("invalid input row (not sent)", 1L));
			assertThat(page.rerunCommand()).isEqualTo("java -jar x.jar --rerun-failed=7");
		}

		@Test
		void aStoppedRunShouldSayExit1AndWhy() {
			PageModel page = build(rows, null, "STOPPED", "stopped on request");

			assertThat(page.verdict().exitCode()).isEqualTo(1);
			assertThat(page.verdict().meaning()).contains("stopped: stopped on request",
					"Running the same command again resumes it");
		}

		@Test
		void everyRowRevokedShouldExit0() {
			List<OutcomeRow> revoked = rows.stream().filter(row -> row.is(Outcome.REVOKED)).toList();

			PageModel page = build(revoked, null, "COMPLETED", "");

			assertThat(page.headline()).isEqualTo("46 of 46 pairs revoked");
			assertThat(page.verdict().exitCode()).isZero();
			assertThat(page.anyFailures()).isFalse();
			assertThat(page.rerunCommand()).isEmpty();
		}

	}

	static List<OutcomeRow> golden(String name, Map<Long, String> entrances) {
		try {
			return ReportRows.read(Path.of("src/test/resources/golden/" + name + ".report.csv"), 7, AT, entrances);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RunFacts facts(String status, String stopReason) {
		return new RunFacts(3, 7, "leavers.csv", Path.of("in/leavers.csv"), "ab".repeat(32), null, "revoke", status,
				START, START.plusSeconds(5), stopReason, "ops", "host-1", "0.1.0");
	}

	static PageModel build(List<OutcomeRow> rows, InputRoster roster, String status, String stopReason) {
		PageBuilder builder = new PageBuilder(facts(status, stopReason), roster, Duration.ofHours(24));
		rows.forEach(builder::add);
		return builder.build(new PageBuilder.Evidence("reports/leavers-3.report.csv", "cd".repeat(32),
				Map.of(START.getEpochSecond() + 1, 2L), "none", "java -jar x.jar --rerun-failed=7", "read again"));
	}

}
