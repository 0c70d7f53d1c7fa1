package com.example.seamrevoke.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row comes back from the outcome table as it was written: the report reads the columns
 * by position, so every column gets a value of its own here, and a misplaced one shows as
 * a field with another's value.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:outcome-repository;DB_CLOSE_DELAY=-1")
class OutcomeRepositoryIT {

	private static final AtomicLong INSTANCES = new AtomicLong(3000);

	@Autowired
	OutcomeRepository outcomes;

	private final long instance = INSTANCES.incrementAndGet();

	@Test
	void everyColumnReadsBackIntoItsOwnField() {
		RevocationOutcome written = RevocationOutcome.builder(7, 5, 2)
			.userIdentityId("6513270e-269e-4d37-b2a7-4de452e6b438")
			.deviceId("892f902b-d23f-4824-928b-2f330c5c7fd0")
			.outcome(Outcome.FAILED)
			.seamAnswer(403, "forbidden", "not allowed to revoke", 3, "req_1")
			.processedAt(Instant.parse("2026-11-30T10:00:01.000001Z"))
			.person("emp-1010", "key:emp-1010")
			.verification(Verification.STILL_ACCESSIBLE, Instant.parse("2026-11-30T10:00:02.000002Z"))
			.target(new Target(TargetKind.ACS_USER, "acs-user-1", "Badge 1010", "acs-system-1"))
			.requestedAt(Instant.parse("2026-11-30T10:00:03.000003Z"))
			.confirmedAt(Instant.parse("2026-11-30T10:00:04.000004Z"))
			.build();

		outcomes.upsert(instance, 1, List.of(written));

		assertThat(readBack()).containsExactly(written);
	}

	@Test
	void optionalColumnsLeftEmptyReadBackEmpty() {
		RevocationOutcome written = RevocationOutcome.builder(2, 2, 0)
			.userIdentityId("6513270e-269e-4d37-b2a7-4de452e6b438")
			.deviceId("892f902b-d23f-4824-928b-2f330c5c7fd0")
			.outcome(Outcome.REVOKED)
			.seamAnswer(200, null, null, 1, null)
			.processedAt(Instant.parse("2026-11-30T10:00:01Z"))
			.build();

		outcomes.upsert(instance, 1, List.of(written));

		assertThat(readBack()).containsExactly(written);
	}

	private List<RevocationOutcome> readBack() {
		List<RevocationOutcome> read = new ArrayList<>();
		outcomes.forEachByLine(instance, read::add);
		return read;
	}

}
