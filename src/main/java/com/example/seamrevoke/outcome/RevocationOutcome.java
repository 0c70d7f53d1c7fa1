package com.example.seamrevoke.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.Target;
import com.example.seamrevoke.input.TargetKind;
import com.example.seamrevoke.safety.SafeText;

/**
 * One row's result. {@code line} is the row's line in the original input and {@code item}
 * numbers a person's devices on that line (0 for a pair): together the key of the row
 * within a job instance. {@code sourceLine} is where this run read it, which differs from
 * {@code line} only when the input is a report of an earlier run. {@code personRef} is
 * set on every row of a person line ({@code key:...} or {@code id:...}, as the input
 * named the person). Its text comes from the input file and from Seam, so it is cleaned
 * here, before it reaches the database or the report; ids that are UUIDs pass unchanged.
 * {@code target} is what the row acts on (docs/offboarding.md), {@code requestedAt} when
 * the removal Seam accepted was sent and {@code confirmedAt} when Seam's lists first
 * showed it gone. Built by name: {@link #builder}, {@link #toBuilder}.
 */
public record RevocationOutcome(long line, long sourceLine, String userIdentityId, String deviceId, Outcome outcome,
		@Nullable Integer httpStatus, @Nullable String errorType, @Nullable String errorMessage, int attempts,
		@Nullable String seamRequestId, Instant processedAt, int item, @Nullable String userIdentityKey,
		@Nullable String personRef, @Nullable Verification verification, @Nullable Instant verifiedAt,
		@Nullable Target target, @Nullable Instant requestedAt, @Nullable Instant confirmedAt) {

	public RevocationOutcome {
		userIdentityId = SafeText.clean(userIdentityId, OutcomeColumns.ID);
		deviceId = SafeText.clean(deviceId, OutcomeColumns.ID);
		errorType = SafeText.clean(errorType, SafeText.TOKEN);
		errorMessage = SafeText.clean(errorMessage, OutcomeColumns.MESSAGE);
		seamRequestId = SafeText.clean(seamRequestId, SafeText.TOKEN);
		userIdentityKey = SafeText.clean(userIdentityKey, OutcomeColumns.ID);
		personRef = SafeText.clean(personRef, OutcomeColumns.PERSON_REF);
		target = (target == null) ? null
				: new Target(target.kind(), SafeText.clean(target.id(), OutcomeColumns.ID),
						SafeText.clean(target.name(), OutcomeColumns.ID),
						SafeText.clean(target.acsSystemId(), OutcomeColumns.ID));
	}

	/** A row of {@code line}, {@code item}, to be given the rest by name. */
	public static Builder builder(long line, long sourceLine, int item) {
		return new Builder(line, sourceLine, item);
	}

	public Builder toBuilder() {
		return new Builder(line, sourceLine, item).userIdentityId(userIdentityId)
			.deviceId(deviceId)
			.outcome(outcome)
			.seamAnswer(httpStatus, errorType, errorMessage, attempts, seamRequestId)
			.processedAt(processedAt)
			.person(userIdentityKey, personRef)
			.verification(verification, verifiedAt)
			.target(target)
			.requestedAt(requestedAt)
			.confirmedAt(confirmedAt);
	}

	/** This row with its verification. */
	public RevocationOutcome verified(Verification verification, Instant at) {
		return toBuilder().verification(verification, at).build();
	}

	public boolean acts(TargetKind kind) {
		return target != null && target.kind() == kind;
	}

	public boolean isPerson() {
		return personRef != null;
	}

	/** Names every column, so no two of the same type can be swapped unseen. */
	public static final class Builder {

		private final long line;

		private final long sourceLine;

		private final int item;

		private String userIdentityId = "";

		private String deviceId = "";

		private Outcome outcome = Outcome.PENDING;

		private @Nullable Integer httpStatus;

		private @Nullable String errorType;

		private @Nullable String errorMessage;

		private int attempts;

		private @Nullable String seamRequestId;

		private Instant processedAt = Instant.EPOCH;

		private @Nullable String userIdentityKey;

		private @Nullable String personRef;

		private @Nullable Verification verification;

		private @Nullable Instant verifiedAt;

		private @Nullable Target target;

		private @Nullable Instant requestedAt;

		private @Nullable Instant confirmedAt;

		private Builder(long line, long sourceLine, int item) {
			this.line = line;
			this.sourceLine = sourceLine;
			this.item = item;
		}

		public Builder userIdentityId(String userIdentityId) {
			this.userIdentityId = userIdentityId;
			return this;
		}

		public Builder deviceId(String deviceId) {
			this.deviceId = deviceId;
			return this;
		}

		public Builder outcome(Outcome outcome) {
			this.outcome = outcome;
			return this;
		}

		/** Seam's last answer for the row; a message of our own when nothing was sent. */
		public Builder seamAnswer(@Nullable Integer httpStatus, @Nullable String errorType,
				@Nullable String errorMessage, int attempts, @Nullable String seamRequestId) {
			this.httpStatus = httpStatus;
			this.errorType = errorType;
			this.errorMessage = errorMessage;
			this.attempts = attempts;
			this.seamRequestId = seamRequestId;
			return this;
		}

		public Builder errorMessage(@Nullable String errorMessage) {
			this.errorMessage = errorMessage;
			return this;
		}

		public Builder processedAt(Instant processedAt) {
			this.processedAt = processedAt;
			return this;
		}

		public Builder person(@Nullable String userIdentityKey, @Nullable String personRef) {
			this.userIdentityKey = userIdentityKey;
			this.personRef = personRef;
			return this;
		}

		public Builder verification(@Nullable Verification verification, @Nullable Instant verifiedAt) {
			this.verification = verification;
			this.verifiedAt = verifiedAt;
			return this;
		}

		public Builder target(@Nullable Target target) {
			this.target = target;
			return this;
		}

		public Builder requestedAt(@Nullable Instant requestedAt) {
			this.requestedAt = requestedAt;
			return this;
		}

		public Builder confirmedAt(@Nullable Instant confirmedAt) {
			this.confirmedAt = confirmedAt;
			return this;
		}

		public RevocationOutcome build() {
			return new RevocationOutcome(line, sourceLine, userIdentityId, deviceId, outcome, httpStatus, errorType,
					errorMessage, attempts, seamRequestId, processedAt, item, userIdentityKey, personRef, verification,
					verifiedAt, target, requestedAt, confirmedAt);
		}

	}

}
