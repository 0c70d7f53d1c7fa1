package com.example.seamrevoke.audit;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.audit.model.OutcomeRow;
import com.example.seamrevoke.audit.model.PageBuilder;
import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.outcome.StoredOutcome;

/**
 * An audit page taking its rows as the report's read hands them over
 * ({@link AuditPage#draft}). A page that fails keeps its failure and takes no more rows:
 * the report goes on, and the page is not written.
 */
public final class PageDraft implements Consumer<StoredOutcome> {

	/** What the page knows before its rows. */
	record Start(RunFacts facts, InputRead input, PageBuilder builder) {
	}

	private final @Nullable Start start;

	private @Nullable Exception failure;

	private PageDraft(@Nullable Start start, @Nullable Exception failure) {
		this.start = start;
		this.failure = failure;
	}

	static PageDraft of(Start start) {
		return new PageDraft(start, null);
	}

	static PageDraft failed(Exception failure) {
		return new PageDraft(null, failure);
	}

	@Override
	public void accept(StoredOutcome row) {
		if (failure != null || start == null) {
			return;
		}
		try {
			start.builder().add(OutcomeRow.of(row));
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
	}

	/** The page's start with every row added, or what failed on the way. */
	Start started() throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		return Objects.requireNonNull(start);
	}

}
