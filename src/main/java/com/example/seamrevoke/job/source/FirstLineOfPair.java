package com.example.seamrevoke.job.source;

import java.util.UUID;

/**
 * The first line of every (user identity, device) pair seen, exactly and compactly: each
 * pair is its two UUIDs as four longs in an open-addressing table, 40 bytes a pair
 * instead of two strings and a map entry (~250 bytes), so a million rows fit a small
 * heap. Exact, not probabilistic: a false "duplicate" would skip a revocation.
 */
final class FirstLineOfPair {

	private static final int INITIAL_SLOTS = 1 << 12;

	private long[] keys;

	/**
	 * The first line of the pair in each slot; 0 marks a free slot (lines start at 1).
	 */
	private long[] lines;

	private int size;

	FirstLineOfPair() {
		allocate(INITIAL_SLOTS);
	}

	/**
	 * Remembers {@code line} for a pair not seen before and returns 0, or returns the
	 * first line of a pair seen before. Both ids must be UUIDs.
	 */
	long putIfAbsent(String userIdentityId, String deviceId, long line) {
		UUID user = UUID.fromString(userIdentityId);
		UUID device = UUID.fromString(deviceId);
		long a = user.getMostSignificantBits();
		long b = user.getLeastSignificantBits();
		long c = device.getMostSignificantBits();
		long d = device.getLeastSignificantBits();
		int mask = lines.length - 1;
		for (int slot = hash(a, b, c, d) & mask;; slot = (slot + 1) & mask) {
			if (lines[slot] == 0) {
				store(slot, a, b, c, d, line);
				return 0;
			}
			int at = slot * 4;
			if (keys[at] == a && keys[at + 1] == b && keys[at + 2] == c && keys[at + 3] == d) {
				return lines[slot];
			}
		}
	}

	int size() {
		return size;
	}

	void clear() {
		allocate(INITIAL_SLOTS);
	}

	private void store(int slot, long a, long b, long c, long d, long line) {
		int at = slot * 4;
		keys[at] = a;
		keys[at + 1] = b;
		keys[at + 2] = c;
		keys[at + 3] = d;
		lines[slot] = line;
		size++;
		if (size * 4L > lines.length * 3L) {
			grow();
		}
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldLines = lines;
		allocate(oldLines.length * 2);
		int mask = lines.length - 1;
		for (int old = 0; old < oldLines.length; old++) {
			if (oldLines[old] != 0) {
				int at = old * 4;
				int slot = hash(oldKeys[at], oldKeys[at + 1], oldKeys[at + 2], oldKeys[at + 3]) & mask;
				while (lines[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				System.arraycopy(oldKeys, at, keys, slot * 4, 4);
				lines[slot] = oldLines[old];
				size++;
			}
		}
	}

	private void allocate(int slots) {
		keys = new long[slots * 4];
		lines = new long[slots];
		size = 0;
	}

	/** Mixes all 256 bits, so ids that differ only in a few digits still spread out. */
	private static int hash(long a, long b, long c, long d) {
		long h = a * 0x9E3779B97F4A7C15L;
		h = (h ^ b) * 0xC2B2AE3D27D4EB4FL;
		h = (h ^ c) * 0x165667B19E3779F9L;
		h = (h ^ d) * 0x9E3779B97F4A7C15L;
		h ^= h >>> 32;
		h *= 0xD6E8FEB86659FD93L;
		h ^= h >>> 29;
		return (int) h;
	}

}
