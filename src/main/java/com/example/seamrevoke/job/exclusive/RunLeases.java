package com.example.seamrevoke.job.exclusive;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code run_lease} table. Each statement is atomic on its own (no surrounding
 * transaction), and every expiry is computed from the database's clock, so hosts whose
 * clocks disagree still agree on when a lease lapsed.
 */
@Repository
class RunLeases {

	/** A lease as stored: whose it is and until when. */
	record Holder(LeaseOwner owner, OffsetDateTime expiresAt) {

		String describe() {
			return owner.describe();
		}

	}

	/**
	 * {@code acquired} with a {@code previous} holder: an expired lease, or one whose
	 * holder is gone from this machine ({@code holderGone}), was taken over. Not
	 * {@code acquired}: {@code previous} holds a live lease.
	 */
	record Attempt(boolean acquired, @Nullable Holder previous, boolean holderGone) {
	}

	private final JdbcTemplate jdbc;

	RunLeases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Attempt tryAcquire(String key, LeaseOwner owner, Duration duration) {
		for (int attempt = 0; attempt < 3; attempt++) {
			OffsetDateTime now = databaseNow();
			try {
				jdbc.update(
						"INSERT INTO run_lease (run_key, owner, host, pid, machine, process_start, acquired_at,"
								+ " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
						key, owner.id(), owner.host(), owner.pid(), owner.machine(), owner.processStart(), now,
						now.plus(duration));
				return new Attempt(true, null, false);
			}
			catch (DuplicateKeyException held) {
				Holder current = holder(key);
				if (current == null) {
					continue;
				}
				// docs/crash-safety.md, "Leases after a crash"
				boolean gone = current.owner().isGoneFrom(owner.machine());
				int taken = jdbc.update(
						"UPDATE run_lease SET owner = ?, host = ?, pid = ?, machine = ?,"
								+ " process_start = ?, acquired_at = ?, expires_at = ? WHERE run_key = ? AND owner = ?"
								+ " AND (expires_at < CURRENT_TIMESTAMP OR ?)",
						owner.id(), owner.host(), owner.pid(), owner.machine(), owner.processStart(), now,
						now.plus(duration), key, current.owner().id(), gone);
				if (taken == 1) {
					return new Attempt(true, current, gone);
				}
				Holder live = holder(key);
				if (live != null) {
					return new Attempt(false, live, false);
				}
			}
		}
		throw new IllegalStateException("the lease on " + key + " changed hands three times while acquiring it");
	}

	/**
	 * Whether {@code owner} still held the lease and now holds it for {@code duration}.
	 */
	boolean renew(String key, LeaseOwner owner, Duration duration) {
		OffsetDateTime now = databaseNow();
		return jdbc.update("UPDATE run_lease SET expires_at = ? WHERE run_key = ? AND owner = ?", now.plus(duration),
				key, owner.id()) == 1;
	}

	void release(String key, LeaseOwner owner) {
		jdbc.update("DELETE FROM run_lease WHERE run_key = ? AND owner = ?", key, owner.id());
	}

	@Nullable Holder holder(String key) {
		List<Holder> holders = jdbc.query(
				"SELECT owner, host, pid, machine, process_start, expires_at FROM run_lease WHERE run_key = ?",
				(rs, n) -> new Holder(new LeaseOwner(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5)), rs.getObject(6, OffsetDateTime.class)),
				key);
		return holders.isEmpty() ? null : holders.get(0);
	}

	private OffsetDateTime databaseNow() {
		return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
	}

}
