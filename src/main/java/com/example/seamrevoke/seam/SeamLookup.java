package com.example.seamrevoke.seam;

import org.jspecify.annotations.Nullable;

/**
 * What a read call found: the value when Seam answered as documented, else {@code null}
 * and the result says why (a rejection, exhausted retries, an unexpected body).
 */
public record SeamLookup<T>(SeamResult result, @Nullable T value) {

	static <T> SeamLookup<T> failed(SeamResult result) {
		return new SeamLookup<>(result, null);
	}

	public boolean found() {
		return value != null;
	}

}
