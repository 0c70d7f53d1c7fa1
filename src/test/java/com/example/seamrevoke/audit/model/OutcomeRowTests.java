package com.example.seamrevoke.audit.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.StoredOutcome;
import com.example.seamrevoke.outcome.Verification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row as the report's read hands it to the page: what it acts on, when its removal was
 * requested and confirmed, the execution that wrote it and the entrances left.
 */
class OutcomeRowTests {

	private static final Instant AT = Instant.parse("2026-11-29T02:15:03Z");

	private final RevocationOutcome device = RevocationOutcome.builder(2, 2, 0)
		.userIdentityId("u-1")
		.deviceId("dev-0")
		.outcome(Outcome.REVOKED)
		.processedAt(AT)
		.person("emp-1", "key:emp-1")
		.verification(Verification.VERIFIED, AT.plusSeconds(1))
		.build();

	@Test
	void aDeviceRowShouldKeepItsExecutionEntrancesAndVerification() {
		OutcomeRow row = OutcomeRow.of(new StoredOutcome(device, 7, "1: Lobby turnstile"));

		assertThat(row.jobExecutionId()).isEqualTo(7);
		assertThat(row.acsEntrances()).isEqualTo("1: Lobby turnstile");
		assertThat(row.personRef()).isEqualTo("key:emp-1");
		assertThat(row.processedAt()).isEqualTo(AT);
		assertThat(row.kind()).isNull();
		assertThat(row.what()).isEqualTo("device dev-0");
		assertThat(row.removed()).isEqualTo("device dev-0");
		assertThat(row.confirmed()).isEqualTo(AT.plusSeconds(1));
	}

	@Test
	void aGrantRowShouldSayWhatItActsOnAndWhenItsRemovalWasRequestedAndConfirmed() {
		RevocationOutcome grant = device.toBuilder()
			.deviceId("")
			.target(new Target(TargetKind.ACCESS_GRANT, "ag-1", "Front door", null))
			.requestedAt(AT)
			.confirmedAt(AT.plusSeconds(2))
			.build();

		OutcomeRow row = OutcomeRow.of(new StoredOutcome(grant, 7, null));

		assertThat(row.kind()).isEqualTo("ACCESS_GRANT");
		assertThat(row.what()).isEqualTo("access grant Front door (ag-1)");
		assertThat(row.removed()).isEqualTo(
				"access grant Front door (ag-1) (requested 2026-11-29T02:15:03Z, confirmed 2026-11-29T02:15:05Z)");
		assertThat(row.confirmed()).isEqualTo(AT.plusSeconds(2));
	}

}
