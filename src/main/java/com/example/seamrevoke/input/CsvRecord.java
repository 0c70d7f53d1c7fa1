package com.example.seamrevoke.input;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One CSV record: the physical line it starts on, its cells, and what made it unreadable
 * when it broke an {@link InputLimits} limit (then {@code cells} holds what came before).
 */
record CsvRecord(long line, List<String> cells, @Nullable String problem) {

	String cell(int column) {
		return (column >= 0 && column < cells.size()) ? cells.get(column).strip() : "";
	}

	boolean isBlank() {
		return problem == null && cells.stream().allMatch(String::isBlank);
	}

}
