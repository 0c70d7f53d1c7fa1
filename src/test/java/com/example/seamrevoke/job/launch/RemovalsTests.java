package com.example.seamrevoke.job.launch;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long people took to settle (docs/offboarding.md, "Monitoring"): only a person whose
 * every row was proven has a settle time, so the slowest is never someone still able to
 * get in.
 */
class RemovalsTests {

	private static final Instant REMOVED = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void slowestIsTheSlowestPersonProvenOffboarded() {
		Removals removals = new Removals();

		removals.person(List.of(row(2, Verification.VERIFIED, 3)));
		removals.person(List.of(row(3, Verification.VERIFIED, 1), row(3, Verification.VERIFIED, 5)));

		assertThat(removals.slowestSettle()).hasSeconds(5);
		assertThat(removals.slowestPerson().line()).isEqualTo(3);
		assertThat(removals.settleTimes()).isEqualTo("line 2 3.0 s, line 3 5.0 s");
	}

	@Test
	void personStillAbleToGetInHasNoSettleTimeHoweverLongTheWait() {
		Removals removals = new Removals();

		removals.person(List.of(row(2, Verification.VERIFIED, 3)));
		// the settling window ran out 300 s after the removal: still accessible
		removals.person(List.of(row(12, Verification.VERIFIED, 1), row(12, Verification.STILL_ACCESSIBLE, 300)));

		assertThat(removals.slowestSettle()).hasSeconds(3);
		assertThat(removals.slowestPerson().line()).isEqualTo(2);
		assertThat(removals.settleTimes()).isEqualTo("line 2 3.0 s");
	}

	@Test
	void noOneProvenNoSlowest() {
		Removals removals = new Removals();

		removals.person(List.of(row(12, Verification.STILL_ACCESSIBLE, 300)));

		assertThat(removals.slowestSettle()).isNull();
		assertThat(removals.slowestPerson()).isNull();
		assertThat(removals.settleTimes()).isNull();
	}

	private static RevocationOutcome row(long line, Verification verification, long secondsAfterRemoval) {
		return RevocationOutcome.builder(line, line, 1)
			.userIdentityId("6513270e-269e-4d37-b2a7-4de452e6b438")
			.deviceId("892f902b-d23f-4824-928b-2f330c5c7fd0")
			.outcome(Outcome.REVOKED)
			.processedAt(REMOVED)
			.target(new Target(TargetKind.DEVICE, "892f902b-d23f-4824-928b-2f330c5c7fd0", "Front door", null))
			.requestedAt(REMOVED)
			.verification(verification, REMOVED.plusSeconds(secondsAfterRemoval))
			.build();
	}

}
